package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static dev.rowboat.app.DbAutogenerateCommandTest.url;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Catalog;
import dev.rowboat.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code rowboat db} on databases that are not Rowboat's: another tool's is refused by every
 * command with exit 5 and left exactly as it was; tables without a version table are not
 * upgraded (exit 6) until {@code db baseline} starts a history from them.
 */
class DbOwnershipCommandTest {
    static final String BUILT_IN = "classpath:/migrations/microblog";

    @TempDir
    Path dir;

    Run db(TestDatabase test, String repository, String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", url(test), "--dir", repository));
        return rowboat(all);
    }

    static void sql(TestDatabase test, String... statements) {
        test.jdbc((Connection c) -> {
            try (Statement s = c.createStatement()) {
                for (String one : statements) {
                    s.execute(one);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void everyCommandLeavesAFlaskMigrateDatabaseAloneWithExitFive(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            sql(test, "create table alembic_version (version_num varchar(32) not null primary key)",
                    "insert into alembic_version values ('3f2a9c1b7d4e')",
                    "create table account (id integer not null primary key, email varchar(120) not null)",
                    "create table invoice (id integer not null primary key, account_id integer references account (id))");
            Map<String, List<String>> before = Catalog.of(test);
            String mine = dir.resolve("mine").toString();

            List<String[]> commands = List.of(new String[] {"upgrade"},
                    new String[] {"downgrade", "base"}, new String[] {"stamp", "head"}, new String[] {"current"},
                    new String[] {"history"}, new String[] {"check"}, new String[] {"unlock"}, new String[] {"migrate", "-m", "x"});
            for (String[] command : commands) {
                Run run = db(test, BUILT_IN, command);
                assertThat(run.exit()).as(String.join(" ", command) + ": " + run.err()).isEqualTo(ExitCode.NOT_OWNED.code());
                assertThat(run.err()).as(String.join(" ", command)).startsWith("This database is managed by Alembic "
                        + "(alembic_version: version_num 3f2a9c1b7d4e). Rowboat leaves it to Alembic: run `flask db upgrade`");
            }
            Run baseline = db(test, mine, "baseline");
            assertThat(baseline.exit()).as(baseline.err()).isEqualTo(ExitCode.NOT_OWNED.code());
            // --sql renders without connecting, as Alembic's offline mode: the catalog check below shows it touched nothing
            Run offline = db(test, BUILT_IN, "upgrade", "--sql");
            assertThat(offline.exit()).as(offline.err()).isZero();
            assertThat(offline.out()).startsWith("-- Upgrade ");

            assertThat(Catalog.of(test)).isEqualTo(before);
            assertThat(before.keySet()).noneMatch(t -> t.startsWith("rowboat_"));
            assertThat(dir.resolve("mine")).doesNotExist();
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void tablesWithoutAVersionTableAreNotUpgradedUntilABaselineStartsAHistory(Dbms dbms) throws Exception {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            sql(test, "create table account (id integer not null primary key, email varchar(120) not null)",
                    "create table invoice (id integer not null primary key, account_id integer references account (id))");
            Map<String, List<String>> before = Catalog.of(test);

            for (String[] command : List.of(new String[] {"upgrade"}, new String[] {"downgrade", "base"}, new String[] {"check"})) {
                Run run = db(test, BUILT_IN, command);
                assertThat(run.exit()).as(String.join(" ", command) + ": " + run.err()).isEqualTo(ExitCode.UNVERSIONED.code());
                assertThat(run.err()).contains("has tables but no Rowboat version table", "rowboat db baseline");
            }
            assertThat(db(test, BUILT_IN, "current").out()).contains("no version table");
            assertThat(Catalog.of(test)).as("nothing created").isEqualTo(before);

            Run baseline = db(test, dir.resolve("mine").toString(), "baseline", "-m", "existing tables");
            assertThat(baseline.exit()).as(baseline.err()).isZero();
            assertThat(baseline.out()).startsWith("Created revision ").containsIgnoringCase("creates account, invoice")
                    .contains("Stamped at ", "rowboat_version, rowboat_history, rowboat_lock");
            try (var files = Files.list(dir.resolve("mine/versions"))) {
                assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("_existing_tables.yaml");
            }
            assertThat(Catalog.of(test).keySet()).containsExactlyInAnyOrder("account", "invoice", "rowboat_version", "rowboat_history",
                    "rowboat_lock");
            Run current = db(test, dir.resolve("mine").toString(), "current");
            assertThat(current.out()).endsWith(" (head)\n");
            assertThat(db(test, dir.resolve("mine").toString(), "upgrade").out()).contains("Nothing to do");
            Run again = db(test, dir.resolve("other").toString(), "baseline");
            assertThat(again.exit()).isEqualTo(ExitCode.REPOSITORY.code());
            assertThat(again.err()).contains("has Rowboat's version table");
        }
    }
}
