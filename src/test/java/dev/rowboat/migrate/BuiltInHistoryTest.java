package dev.rowboat.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.migrate.diff.Candidate;
import dev.rowboat.migrate.diff.ModelSchemaReader;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.LiveSchemaReader;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped microblog history on every database: up, down to base and up again give the same schemas. */
class BuiltInHistoryTest {
    static final int REVISIONS = MicroblogHistoryGenerator.STAGES.size();

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void upDownToBaseAndUpAgainGiveTheSameSchemaAfterEachStep(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            ConnectionSource source = ConnectionSource.of(test.spec());
            Migrations m = Migrations.open(MicroblogHistory.repository(), source, dbms);
            assertThat(read(source, dbms, false).tables()).isEmpty();

            List<SchemaSnapshot> firstClimb = new ArrayList<>();
            firstClimb.add(read(source, dbms, true));
            for (int i = 0; i < REVISIONS; i++) {
                assertThat(m.upgrade("+1", MigrationListener.NONE).revisions()).hasSize(1);
                firstClimb.add(read(source, dbms, true));
            }
            assertThat(firstClimb.get(0).tables()).isEmpty();
            assertThat(names(firstClimb.get(REVISIONS)))
                    .containsExactlyInAnyOrder("user", "post", "followers", "profile", "tag", "post_tag");
            assertThat(m.status().current()).containsExactlyElementsOf(m.graph().heads());

            for (int i = REVISIONS - 1; i >= 0; i--) {
                assertThat(m.downgrade("-1", MigrationListener.NONE).revisions()).hasSize(1);
                assertThat(read(source, dbms, true)).as("after downgrading to step %d", i).isEqualTo(firstClimb.get(i));
            }
            assertThat(m.status().current()).isEmpty();
            assertThat(names(read(source, dbms, false))).allMatch(t -> t.startsWith("rowboat_"));

            for (int i = 1; i <= REVISIONS; i++) {
                m.upgrade("+1", MigrationListener.NONE);
                assertThat(read(source, dbms, true)).as("after upgrading again to step %d", i).isEqualTo(firstClimb.get(i));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void atTheHeadAutogenerateAgainstTheFullModelFindsNothing(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            ConnectionSource source = ConnectionSource.of(test.spec());
            Migrations m = Migrations.open(MicroblogHistory.repository(), source, dbms);
            m.upgrade("head", MigrationListener.NONE);
            Candidate c = new RevisionDrafts(m, source, dbms).draft(ModelSchemaReader.read(MicroblogModel.ENTITY_CLASSES, dbms));
            assertThat(c.upgrade()).as(c.toString()).isEmpty();
            assertThat(c.warnings()).isEmpty();
            assertThat(c.renames()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void theAppWritesAndReadsTheSampleInTheSchemaTheHistoryMade(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            Migrations.open(MicroblogHistory.repository(), ConnectionSource.of(test.spec()), dbms).upgrade("head", MigrationListener.NONE);
            try (OpenDatabase db = test.open()) {
                db.inTransaction(SampleData::populateNamed);
                db.inTransaction(s -> assertThat(s.createQuery("select count(p) from Post p where p.timestamp is not null", Long.class)
                        .getSingleResult()).isPositive());
                db.inTransaction(s -> assertThat(s.createQuery("select count(t) from Tag t join t.posts", Long.class)
                        .getSingleResult()).isNotNull());
            }
        }
    }

    /** The live schema; without Rowboat's bookkeeping tables when {@code onlyTheModel}. */
    static SchemaSnapshot read(ConnectionSource source, Dbms dbms, boolean onlyTheModel) {
        try (Connection c = source.open()) {
            SchemaSnapshot all = LiveSchemaReader.read(c, dbms);
            return onlyTheModel ? new SchemaSnapshot(all.tables().stream()
                    .filter(t -> !t.name().toLowerCase(Locale.ROOT).startsWith("rowboat_")).toList()) : all;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> names(SchemaSnapshot s) {
        return s.tables().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
    }
}
