package dev.rowboat.migrate.alembic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.migrate.RevisionGraph;
import dev.rowboat.migrate.Targets;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.project.MigrationFolders;
import dev.rowboat.migrate.repo.RevisionFile;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Targets as Alembic takes them on a project with a labelled branch and a merge (the tags fixture, made by real Flask-Migrate). */
class AlembicTargetsTest {
    private static RevisionGraph tags() throws Exception {
        Path project = Path.of(AlembicTargetsTest.class.getResource("/alembic/tags").toURI());
        return RevisionGraph.of(MigrationFolders.open(project).revisions().stream().map(RevisionFile::revision).toList());
    }

    @Test
    void aBranchLabelNamesItsRevisionAndLabelAtHeadTheBranchsHead() throws Exception {
        RevisionGraph graph = tags();
        assertThat(Targets.resolve(graph, "audit", Set.of())).containsExactly("04f73b11586e");
        assertThat(Targets.resolve(graph, "audit@head", Set.of())).containsExactly("29749af705ec");
        assertThat(Targets.resolve(graph, "release", Set.of())).containsExactly("29749af705ec");
        assertThat(graph.get("29749af705ec").downRevisions()).containsExactlyInAnyOrder("04f73b11586e", "ed33ca436dd0");
    }

    @Test
    void anUnknownLabelIsSaidAsSuch() throws Exception {
        RevisionGraph graph = tags();
        assertThatThrownBy(() -> Targets.resolve(graph, "nightly@head", Set.of())).isInstanceOf(MigrationException.class)
                .hasMessage("No revision has the branch label \"nightly\"");
    }
}
