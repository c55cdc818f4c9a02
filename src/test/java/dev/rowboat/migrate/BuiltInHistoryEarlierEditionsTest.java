package dev.rowboat.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Databases that ran the first edition of the built-in history (before "users table", "profiles"
 * and "tags" were re-issued with the tutorial's column order and unique indexes; a copy of it is a
 * test resource) go on upgrading with the current one, as the app does at start-up.
 */
class BuiltInHistoryEarlierEditionsTest {
    private static final MigrationRepository FIRST_EDITION = MigrationRepository.classpath("/migrations/microblog-first-edition");
    private static final String USERS_TABLE = "66a694d1015a";
    private static final String FOLLOWERS = "5a96109c1736";

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2", "SQLITE"})
    void aDatabaseMadeWithTheFirstEditionUpgradesAndShowsNoEditedRevision(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            ConnectionSource source = ConnectionSource.of(test.spec());
            Migrations.open(FIRST_EDITION, source, dbms).upgrade(FOLLOWERS, MigrationListener.NONE);
            Migrations current = Migrations.open(MicroblogHistory.repository(), source, dbms);
            assertThat(current.status().edited()).isEmpty();

            assertThat(current.upgrade("head", MigrationListener.NONE).revisions()).hasSize(2);
            MigrationStatus status = current.status();
            assertThat(status.edited()).isEmpty();
            assertThat(status.revisions()).noneMatch(RevisionState::edited);
            assertThat(status.current()).containsExactlyElementsOf(current.graph().heads());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2"})
    void theAppFindsAFirstEditionDatabaseAtTheHeadUpToDate(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            ConnectionSource source = ConnectionSource.of(test.spec());
            Migrations.open(FIRST_EDITION, source, dbms).upgrade("head", MigrationListener.NONE);
            assertThat(MicroblogHistory.bringToHead(source, dbms)).isEqualTo(MicroblogHistory.Outcome.UP_TO_DATE);
            assertThat(Migrations.open(MicroblogHistory.repository(), source, dbms).status().edited()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2"})
    void aChecksumNoEditionHadIsStillAnEditedRevision(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            ConnectionSource source = ConnectionSource.of(test.spec());
            Migrations m = Migrations.open(MicroblogHistory.repository(), source, dbms);
            m.upgrade(FOLLOWERS, MigrationListener.NONE);
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("update " + VersionStore.HISTORY + " set checksum = 'not-an-edition' where revision = '" + USERS_TABLE + "'");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(m.status().edited()).containsExactly(USERS_TABLE);
            assertThatThrownBy(() -> m.upgrade("head", MigrationListener.NONE))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.CHECKSUM_MISMATCH));
        }
    }
}
