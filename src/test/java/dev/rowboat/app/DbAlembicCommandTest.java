package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Catalog;
import dev.rowboat.testing.FlaskProject;
import dev.rowboat.testing.RealAlembic;
import dev.rowboat.testing.SchemaComparison;
import dev.rowboat.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code rowboat db} in a Flask-Migrate project, as its user types it: no --dir (the project is
 * found beside its SQLite file), the project's own revisions, and real Flask-Migrate agreeing.
 */
class DbAlembicCommandTest {
    private static final String USERS = "70c83f7b757c";
    private static final String POSTS = "c8cc082e6ec1";
    private static final String FOLLOWERS = "329221f2e7f1";


    static Run db(Path database, String... args) {
        return dbAt("sqlite:///" + database, args);
    }

    private static FlaskProject microblog(RealAlembic alembic) {
        FlaskProject project = alembic.project("microblog", "sqlite:///ignored");
        return project.env("DATABASE_URL", "sqlite:///" + project.folder().resolve("app.db"));
    }

    @Test
    void theProjectsOwnHistoryIsListedRunAndAgreedWithByFlaskDbCurrent() {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = microblog(alembic)) {
            Path database = project.folder().resolve("app.db");
            Run history = db(database, "history");
            assertThat(history.exit()).as(history.err()).isZero();
            assertThat(history.out()).as("no database yet: the revisions alone").isEqualTo(POSTS + " -> " + FOLLOWERS
                    + " (head): followers\n" + USERS + " -> " + POSTS + ": posts table\n<base> -> " + USERS + ": users table\n");
            assertThat(database).doesNotExist();

            Run up = db(database, "upgrade");
            assertThat(up.exit()).as(up.err()).isZero();
            assertThat(up.out()).endsWith("At " + FOLLOWERS + "\n");
            assertThat(project.current()).containsExactly(FOLLOWERS);
            assertThat(db(database, "current").out()).isEqualTo(FOLLOWERS + " (head)\n");
            assertThat(db(database, "history").out()).startsWith(POSTS + " -> " + FOLLOWERS + " (head) applied: followers\n");

            Run down = db(database, "downgrade");
            assertThat(down.out()).contains("Downgrade " + FOLLOWERS + ": followers").endsWith("At " + POSTS + "\n");
            assertThat(project.current()).containsExactly(POSTS);
            assertThat(tables(database)).contains("alembic_version").noneMatch(t -> t.startsWith("rowboat_"));
            assertThat(versionFiles(project)).allMatch(f -> f.endsWith(".py"));
        }
    }

    /** On PostgreSQL there is no file to find the project by: --dir names it, --url the database, as a user types them. */
    @Test
    void onPostgresqlTheTutorialRunsByCommandAndFlaskMigrateAgrees() {
        RealAlembic alembic = RealAlembic.require();
        try (TestDatabase mine = TestDatabase.create(Dbms.POSTGRESQL); TestDatabase flask = TestDatabase.create(Dbms.POSTGRESQL);
             FlaskProject project = alembic.project("microblog", RealAlembic.sqlalchemyUrl(mine));
             FlaskProject reference = alembic.project("microblog", RealAlembic.sqlalchemyUrl(flask))) {
            reference.upgrade("head").orFail();
            String url = "postgresql://postgres@127.0.0.1:5432/test?currentSchema=" + mine.scratchName();
            String dir = project.folder().resolve("migrations").toString();
            Run up = dbAt(url, "upgrade", "--dir", dir);
            assertThat(up.exit()).as(up.err()).isZero();
            assertThat(project.current()).containsExactly(FOLLOWERS);
            assertThat(SchemaComparison.compare(flask.spec(), mine.spec())).isEmpty();

            assertThat(dbAt(url, "downgrade", "base", "--dir", dir).out()).endsWith("At base\n");
            assertThat(project.current()).isEmpty();
            assertThat(dbAt(url, "upgrade", "--dir", dir).exit()).isZero();
            assertThat(project.current()).containsExactly(FOLLOWERS);
            assertThat(SchemaComparison.compare(flask.spec(), mine.spec())).isEmpty();
            assertThat(Catalog.of(mine).keySet()).noneMatch(t -> t.startsWith("rowboat_"));
        }
    }

    static Run dbAt(String url, String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", url));
        return rowboat(all);
    }

    @Test
    void sqlOfARangeIsWrittenWithoutADatabaseAndMovesAlembicVersionAsAlembicDoes() {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = microblog(alembic)) {
            Path database = project.folder().resolve("app.db");
            Run sql = db(database, "upgrade", "--sql", USERS + ":head");
            assertThat(sql.exit()).as(sql.err()).isZero();
            assertThat(sql.out()).doesNotContain("-- Upgrade " + USERS).doesNotContain("CREATE TABLE alembic_version")
                    .contains("-- Upgrade " + POSTS + ": posts table", "-- Upgrade " + FOLLOWERS + ": followers",
                            "UPDATE alembic_version SET version_num='" + POSTS + "' WHERE alembic_version.version_num = '" + USERS + "';",
                            "UPDATE alembic_version SET version_num='" + FOLLOWERS + "' WHERE alembic_version.version_num = '" + POSTS + "';");
            Run all = db(database, "upgrade", "--sql");
            assertThat(all.out()).startsWith("CREATE TABLE alembic_version").contains("INSERT INTO alembic_version (version_num) VALUES ('"
                    + USERS + "');");
            assertThat(database).as("nothing connected, nothing created").doesNotExist();
        }
    }

    @Test
    void aChangeMadeByHandBecomesARevisionThatRealAlembicRuns() throws Exception {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = microblog(alembic); FlaskProject fresh = microblog(alembic)) {
            Path database = project.folder().resolve("app.db");
            assertThat(db(database, "upgrade").exit()).isZero();
            assertThat(db(database, "check").out()).startsWith("No changes: the database matches its history's head");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
                c.createStatement().execute("alter table post add column language varchar(5)");
            }

            Run check = db(database, "check");
            assertThat(check.exit()).isEqualTo(1);
            assertThat(check.out()).contains("add column post.language");
            Run migrate = db(database, "migrate", "-m", "post language");
            assertThat(migrate.exit()).as(migrate.err()).isZero();
            List<String> written = versionFiles(project).stream().filter(f -> f.endsWith("_post_language.py")).toList();
            assertThat(written).hasSize(1);
            assertThat(versionFiles(project)).noneMatch(f -> f.endsWith(".yaml"));
            String id = written.get(0).substring(0, written.get(0).indexOf('_'));
            assertThat(migrate.out()).contains("Stamped at " + id);
            assertThat(project.current()).as("the database has the change already: recorded, not run").containsExactly(id);
            assertThat(db(database, "check").exit()).isZero();

            // Flask-Migrate itself runs what Rowboat wrote, on a database of its own
            Files.copy(project.folder().resolve("migrations/versions/" + written.get(0)),
                    fresh.folder().resolve("migrations/versions/" + written.get(0)));
            fresh.upgrade("head").orFail();
            assertThat(fresh.current()).containsExactly(id);
            assertThat(columns(fresh.folder().resolve("app.db"), "post")).contains("language");
            fresh.downgrade(FOLLOWERS).orFail();
            assertThat(columns(fresh.folder().resolve("app.db"), "post")).doesNotContain("language");
        }
    }

    @Test
    void aRevisionWithPythonOfItsOwnRunsWithTheProjectsFlaskDbBetweenRowboatsOwn() throws Exception {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = alembic.project("tags", "sqlite:///ignored")) {
            Path database = project.folder().resolve("app.db");
            String command = alembic.python() + " -m flask db";
            assertThat(db(database, "history").out()).contains("(needs Alembic)");

            Run up = db(database, "upgrade", "heads", "--alembic-command", command);
            assertThat(up.exit()).as(up.out() + up.err()).isZero();
            assertThat(up.out()).contains("$ " + command + " upgrade ed33ca436dd0");
            project.env("DATABASE_URL", "sqlite:///" + database);
            assertThat(project.current()).containsExactly("29749af705ec");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
                 ResultSet rs = c.createStatement().executeQuery("select name, slug from tag order by name")) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + "/" + rs.getString(2));
                }
                assertThat(rows).containsExactly("java/java", "misc/null", "python/python", "sql/sql");
            }
        }
    }

    @Test
    void withoutAToolThatStartsARevisionWithPythonIsRefusedInASentence() {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = alembic.project("tags", "sqlite:///ignored")) {
            Path database = project.folder().resolve("app.db");
            Run up = db(database, "upgrade", "ed33ca436dd0", "--alembic-command", "/nonexistent/flask db");
            assertThat(up.exit()).isEqualTo(ExitCode.MIGRATION_FAILED.code());
            assertThat(up.err()).contains("Revision ed33ca436dd0 (seed default tags) needs Alembic", "could not be started",
                    "Nothing of that revision was applied");
            project.env("DATABASE_URL", "sqlite:///" + database);
            assertThat(project.current()).as("the revision before it ran; that one did not").containsExactly("e2927a6eb1b4");
        }
    }

    private static List<String> versionFiles(FlaskProject project) {
        try (Stream<Path> files = Files.list(project.folder().resolve("migrations/versions"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("__pycache__")).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tables(Path database) {
        return names(database, "select name from sqlite_master where type = 'table' order by name");
    }

    private static List<String> columns(Path database, String table) {
        return names(database, "select name from pragma_table_info('" + table + "')");
    }

    private static List<String> names(Path database, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
