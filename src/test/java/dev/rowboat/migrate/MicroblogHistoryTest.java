package dev.rowboat.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.repo.RevisionFile;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The built-in history brings the embedded database to its head, and knows that head without its files. */
class MicroblogHistoryTest {
    private static final String FOLLOWERS = "5a96109c1736";

    @Test
    void theHeadItKnowsIsTheOnlyHeadOfItsFiles() {
        RevisionGraph graph = RevisionGraph.of(MicroblogHistory.repository().revisions().stream().map(RevisionFile::revision).toList());
        assertThat(graph.heads()).containsExactly(MicroblogHistory.HEAD);
    }

    @Test
    void aDatabaseBehindIsUpgradedAndOneAtTheHeadIsLeftAsItIs() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2)) {
            ConnectionSource source = ConnectionSource.of(test.spec());
            Migrations migrations = Migrations.open(MicroblogHistory.repository(), source, Dbms.H2);
            migrations.upgrade(FOLLOWERS, MigrationListener.NONE);

            assertThat(MicroblogHistory.bringToHead(source, Dbms.H2)).isEqualTo(MicroblogHistory.Outcome.UPGRADED);
            assertThat(migrations.current()).containsExactly(MicroblogHistory.HEAD);
            assertThat(MicroblogHistory.bringToHead(source, Dbms.H2)).isEqualTo(MicroblogHistory.Outcome.UP_TO_DATE);
            assertThat(migrations.status().pending()).isEmpty();
        }
    }
}
