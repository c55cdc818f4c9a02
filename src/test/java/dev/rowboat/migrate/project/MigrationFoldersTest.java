package dev.rowboat.migrate.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.alembic.AlembicRepository;
import dev.rowboat.migrate.repo.HistoryFormat;
import dev.rowboat.migrate.repo.MigrationRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFoldersTest {
    @TempDir
    Path project;

    private Path flaskMigrateLayout() throws Exception {
        Path migrations = Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("migrations/alembic.ini"), "# A generic, single database configuration.\n\n[alembic]\n"
                + "# template used to generate migration files\n# file_template = %%(rev)s_%%(slug)s\n\n[loggers]\nkeys = root\n");
        Files.writeString(project.resolve("migrations/env.py"), "from flask import current_app\n");
        return migrations.getParent();
    }

    @Test
    void aFlaskMigrateFolderIsAnAlembicProjectWhetherTheMigrationsFolderOrTheProjectIsNamed() throws Exception {
        Path migrations = flaskMigrateLayout();
        for (Path named : new Path[] {migrations, project}) {
            MigrationRepository repository = MigrationFolders.open(named);
            assertThat(repository.format()).as(named.toString()).isEqualTo(HistoryFormat.ALEMBIC);
            assertThat(((AlembicRepository) repository).scriptLocation()).isEqualTo(migrations.toAbsolutePath());
            assertThat(((AlembicRepository) repository).projectFolder()).isEqualTo(project.toAbsolutePath());
        }
    }

    @Test
    void aFolderOfYamlRevisionsStaysRowboatsAndANewFolderBecomesOne() throws Exception {
        Files.createDirectories(project.resolve("mine/versions"));
        Files.writeString(project.resolve("mine/versions/a1b2c3d4e5f6_notes.yaml"), "revision: a1b2c3d4e5f6\n");
        assertThat(MigrationFolders.open(project.resolve("mine")).format()).isEqualTo(HistoryFormat.ROWBOAT);
        assertThat(MigrationFolders.open(project.resolve("new")).format()).isEqualTo(HistoryFormat.ROWBOAT);
    }

    @Test
    void versionsOfPythonFilesWithoutIniOrEnvAreAlembicToo() throws Exception {
        Files.createDirectories(project.resolve("hist/versions"));
        Files.writeString(project.resolve("hist/versions/abc_first.py"), "revision = 'abc'\n");
        assertThat(MigrationFolders.open(project.resolve("hist")).format()).isEqualTo(HistoryFormat.ALEMBIC);
    }

    @Test
    void aSqliteFileFindsTheProjectItSitsInFromTheRootOrFromInstance() throws Exception {
        Path migrations = flaskMigrateLayout();
        Path instance = Files.createDirectories(project.resolve("instance"));
        for (Path db : new Path[] {project.resolve("app.db"), instance.resolve("app.db")}) {
            MigrationRepository found = MigrationFolders.near(db).orElseThrow();
            assertThat(found.location()).isEqualTo(migrations.toAbsolutePath().toString());
        }
    }

    @Test
    void aSqliteFileFarFromAnyProjectFindsNone() throws Exception {
        flaskMigrateLayout();
        Path deep = Files.createDirectories(project.resolve("a/b/c"));
        assertThat(MigrationFolders.near(deep.resolve("x.db"))).isEmpty();
    }
}
