package dev.rowboat.migrate;

import static dev.rowboat.migrate.MigrationsTest.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.diff.ModelSchemaReader;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.testing.Catalog;
import dev.rowboat.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine writes only into a database that is Rowboat's: another tool's database is refused by
 * every method before anything is created, tables without a version table are not upgraded, and
 * a baseline adopts them.
 */
class MigrationsOwnershipTest {
    @TempDir
    Path dir;

    /** Two tables of an application and Alembic's version table, as Flask-Migrate leaves them. */
    static void flaskMigrateDatabase(TestDatabase db) {
        db.jdbc(c -> exec(c, "create table alembic_version (version_num varchar(32) not null primary key)",
                "insert into alembic_version values ('3f2a9c1b7d4e')",
                "create table account (id integer not null primary key, email varchar(120) not null)",
                "create table invoice (id integer not null primary key, account_id integer, total decimal(10, 2),"
                        + " foreign key (account_id) references account (id))",
                "create index ix_invoice_total on invoice (total)"));
    }

    static void applicationTables(TestDatabase db) {
        db.jdbc(c -> exec(c, "create table account (id integer not null primary key, email varchar(120) not null unique)",
                "create table invoice (id integer not null primary key, account_id integer, total decimal(10, 2),"
                        + " foreign key (account_id) references account (id))",
                "create index ix_invoice_total on invoice (total)"));
    }

    private Migrations builtIn(TestDatabase db) {
        return Migrations.open(MicroblogHistory.repository(), ConnectionSource.of(db.spec()), db.dbms());
    }

    private Migrations inFolder(TestDatabase db, String folder) {
        return Migrations.open(MigrationRepository.directory(dir.resolve(folder)), ConnectionSource.of(db.spec()), db.dbms());
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void anotherToolsDatabaseIsRefusedByEveryMethodAndKeepsItsCatalog(Dbms dbms) {
        try (TestDatabase db = TestDatabase.create(dbms)) {
            flaskMigrateDatabase(db);
            Map<String, List<String>> before = Catalog.of(db);
            Migrations m = builtIn(db);
            RevisionDrafts drafts = new RevisionDrafts(m, ConnectionSource.of(db.spec()), dbms);
            SchemaSnapshot model = ModelSchemaReader.read(MicroblogModel.ENTITY_CLASSES, dbms);

            Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
            calls.put("upgrade", () -> m.upgrade("head", MigrationListener.NONE));
            calls.put("downgrade", () -> m.downgrade("base", MigrationListener.NONE));
            calls.put("stamp", () -> m.stamp("head"));
            calls.put("status", m::status);
            calls.put("history", m::history);
            calls.put("plan", () -> m.plan("head", Direction.UP));
            calls.put("check", () -> drafts.draft(model));
            calls.put("unlock", m::clearLock);
            calls.put("baseline", () -> inFolder(db, "mine").baseline("baseline"));
            calls.forEach((name, call) -> assertThatThrownBy(call).as(name)
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).as(name).isEqualTo(Kind.NOT_OWNED))
                    .hasMessage("This database is managed by Alembic (alembic_version: version_num 3f2a9c1b7d4e). Rowboat leaves it "
                            + "to Alembic: run `flask db upgrade` (or `alembic upgrade head`) there. Nothing was changed."));

            assertThat(Catalog.of(db)).isEqualTo(before);
            assertThat(before.keySet()).noneMatch(t -> t.startsWith("rowboat_"));
            assertThat(dir.resolve("mine")).doesNotExist();
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void tablesWithoutAVersionTableAreNotMigratedUntilABaselineAdoptsThem(Dbms dbms) throws Exception {
        try (TestDatabase db = TestDatabase.create(dbms)) {
            applicationTables(db);
            Map<String, List<String>> before = Catalog.of(db);
            Migrations m = builtIn(db);
            assertThat(m.status().ownership()).isEqualTo(Ownership.UNVERSIONED);
            for (ThrowingCallable call : List.<ThrowingCallable>of(() -> m.upgrade("head", MigrationListener.NONE),
                    () -> m.upgrade("+1", MigrationListener.NONE), () -> m.downgrade("base", MigrationListener.NONE),
                    () -> m.plan("head", Direction.UP))) {
                assertThatThrownBy(call).isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNVERSIONED))
                        .hasMessageContaining("has tables but no Rowboat version table").hasMessageContaining("Nothing was changed");
            }
            assertThat(Catalog.of(db)).as("nothing created").isEqualTo(before);

            Migrations mine = inFolder(db, "mine");
            Baseline plan = mine.planBaseline("existing tables");
            assertThat(plan.tables()).extracting(t -> t.toLowerCase(java.util.Locale.ROOT)).containsExactly("account", "invoice");
            assertThat(Catalog.of(db)).as("a plan writes nothing").isEqualTo(before);
            assertThat(dir.resolve("mine")).doesNotExist();

            Baseline done = mine.baseline(plan);
            assertThat(Path.of(done.file())).exists().hasParent(dir.resolve("mine/versions").toAbsolutePath());
            assertThat(Files.readString(Path.of(done.file()))).contains("create_table");
            Map<String, List<String>> after = Catalog.of(db);
            assertThat(after.keySet()).containsExactlyInAnyOrder("account", "invoice", "rowboat_version", "rowboat_history", "rowboat_lock");
            assertThat(after).containsAllEntriesOf(before);
            MigrationStatus status = mine.status();
            assertThat(status.ownership()).isEqualTo(Ownership.VERSIONED);
            assertThat(status.current()).containsExactly(done.revision().id());
            assertThat(status.isUpToDate()).isTrue();
            assertThat(status.heads()).containsExactly(done.revision().id());

            // the baseline describes the tables faithfully: down drops them, up makes them again as they were
            SchemaSnapshot schema = BuiltInHistoryTest.read(ConnectionSource.of(db.spec()), dbms, true);
            mine.downgrade("base", MigrationListener.NONE);
            assertThat(BuiltInHistoryTest.read(ConnectionSource.of(db.spec()), dbms, true).tables()).isEmpty();
            mine.upgrade("head", MigrationListener.NONE);
            assertThat(BuiltInHistoryTest.read(ConnectionSource.of(db.spec()), dbms, true)).isEqualTo(schema);
        }
    }

    @Test
    void aBaselineIsRefusedWhereThereIsAHistoryOrNoFolderForIt() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dbms.H2)) {
            applicationTables(db);
            assertThatThrownBy(() -> builtIn(db).planBaseline("b"))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.READ_ONLY))
                    .hasMessageContaining("read-only");
            Migrations full = inFolder(db, "full");
            Migrations.init(dir.resolve("full"));
            full.writeRevision("something", List.of(), List.of());
            assertThatThrownBy(() -> full.planBaseline("b"))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REPOSITORY))
                    .hasMessageContaining("already has 1 revision");
            assertThat(Catalog.of(db).keySet()).noneMatch(t -> t.startsWith("rowboat_"));

            inFolder(db, "mine").baseline("b");
            assertThatThrownBy(() -> inFolder(db, "other").planBaseline("b"))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REPOSITORY))
                    .hasMessageContaining("has Rowboat's version table");
            assertThat(dir.resolve("other")).doesNotExist();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE", "POSTGRESQL"})
    void anEmptyDatabaseStillGetsAHistoryAndADowngradeLeavesItEmpty(Dbms dbms) {
        try (TestDatabase db = TestDatabase.create(dbms)) {
            Migrations m = builtIn(db);
            assertThat(m.status().ownership()).isEqualTo(Ownership.EMPTY);
            assertThat(m.downgrade("base", MigrationListener.NONE).revisions()).isEmpty();
            assertThat(Catalog.of(db)).as("nothing created by a downgrade of nothing").isEmpty();
            assertThatThrownBy(() -> m.upgrade("ffff", MigrationListener.NONE))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_TARGET));
            assertThat(Catalog.of(db)).as("nor by an upgrade to no revision").isEmpty();

            assertThat(m.upgrade("head", MigrationListener.NONE).revisions()).hasSize(BuiltInHistoryTest.REVISIONS);
            assertThat(m.status().ownership()).isEqualTo(Ownership.VERSIONED);
        }
    }
}
