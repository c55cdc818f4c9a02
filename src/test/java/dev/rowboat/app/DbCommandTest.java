package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rowboat db}: lines on stdout, sentences on stderr, exit codes a script can test. */
class DbCommandTest {
    static final String FIRST = "a1b2c3d4e5f6";
    static final String SECOND = "b2c3d4e5f6a1";

    @TempDir
    Path dir;

    Run db(String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", "sqlite:///" + dir.resolve("app.db"), "--dir", dir.resolve("migrations").toString()));
        return rowboat(all);
    }

    void writeRevisions() throws Exception {
        Path versions = dir.resolve("migrations/versions");
        Files.writeString(versions.resolve(FIRST + "_notes.yaml"), """
                revision: a1b2c3d4e5f6
                message: notes
                created: 2025-01-01T00:00:00Z
                upgrade:
                  - op: create_table
                    table: note
                    columns:
                      - {name: id, type: integer, nullable: false}
                      - {name: body, type: varchar(200)}
                    primary_key: [id]
                downgrade:
                  - op: drop_table
                    table: note
                """);
        Files.writeString(versions.resolve(SECOND + "_stars.yaml"), """
                revision: b2c3d4e5f6a1
                down_revision: a1b2c3d4e5f6
                message: stars
                created: 2025-01-02T00:00:00Z
                upgrade:
                  - {op: add_column, table: note, column: {name: stars, type: integer}}
                downgrade:
                  - {op: drop_column, table: note, column: stars}
                """);
    }

    @Test
    void aRepositoryIsCreatedUpgradedInspectedAndDowngraded() throws Exception {
        assertThat(db("init").exit()).isZero();
        writeRevisions();

        Run sql = db("upgrade", "--sql");
        assertThat(sql.exit()).isZero();
        assertThat(sql.out()).contains("-- Upgrade " + FIRST + ": notes").containsIgnoringCase("create table note");
        assertThat(dir.resolve("app.db")).as("--sql connects to nothing and creates nothing").doesNotExist();
        Run range = db("upgrade", "--sql", FIRST + ":" + SECOND);
        assertThat(range.out()).doesNotContain("-- Upgrade " + FIRST).contains("-- Upgrade " + SECOND + ": stars")
                .containsIgnoringCase("alter table note add");

        Run up = db("upgrade");
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.out()).contains("Upgrade " + FIRST + ": notes", "Upgrade " + SECOND + ": stars", "At " + SECOND);
        assertThat(up.err()).isEmpty();
        assertThat(db("current").out()).isEqualTo(SECOND + " (head)\n");
        assertThat(db("history").out()).startsWith(FIRST + " -> " + SECOND + " (head) applied: stars\n");
        assertThat(db("heads").out()).isEqualTo(SECOND + ": stars\n");

        assertThat(db("downgrade").out()).contains("Downgrade " + SECOND, "At " + FIRST);
        assertThat(db("stamp", "b2c").out()).isEqualTo("Stamped at " + SECOND + "\n");
        assertThat(db("unlock").out()).isEqualTo("No lock was held\n");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             var rs = c.createStatement().executeQuery("select version_num from rowboat_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(SECOND);
        }
    }

    @Test
    void everyDbSubcommandAnswersHelpWithItsUsageAndExitZero() {
        for (String command : List.of("init", "upgrade", "downgrade", "current", "history", "heads", "merge", "revision",
                "stamp", "baseline", "unlock", "migrate", "check")) {
            Run help = rowboat(List.of("db", command, "--help"));
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: rowboat db " + command);
            assertThat(help.err()).as(command).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("migrations"))).as("--help runs nothing").isFalse();
    }

    @Test
    void mistakesExitWithUsageAndABrokenRepositoryWithItsOwnCode() throws Exception {
        db("init");
        writeRevisions();
        Run unknown = db("upgrade", "ffff");
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.err()).startsWith("No revision matches \"ffff\"");
        assertThat(unknown.out()).isEmpty();

        Run missing = db("upgrade", "--no-such-option");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--no-such-option");

        Files.writeString(dir.resolve("migrations/versions/c0c0c0c0c0c0_bad.yaml"),
                "revision: c0c0c0c0c0c0\ncreated: 2025-01-03T00:00:00Z\nupgrade:\n  - op: make_table\n");
        Run bad = db("upgrade");
        assertThat(bad.exit()).isEqualTo(ExitCode.REPOSITORY.code());
        assertThat(bad.err()).startsWith("versions/c0c0c0c0c0c0_bad.yaml line 4: unknown operation \"make_table\"");
    }

    @Test
    void mergeJoinsTwoHeads() throws Exception {
        db("init");
        writeRevisions();
        Files.writeString(dir.resolve("migrations/versions/c3d4e5f6a1b2_tags.yaml"),
                "revision: c3d4e5f6a1b2\ndown_revision: a1b2c3d4e5f6\nmessage: tags\ncreated: 2025-01-03T00:00:00Z\n");
        assertThat(db("heads").out().lines()).hasSize(2);
        assertThat(db("upgrade").exit()).as("head names two revisions: say which, or merge").isEqualTo(ExitCode.USAGE.code());

        Run merge = db("merge", "-m", "join");
        assertThat(merge.exit()).isZero();
        assertThat(merge.out()).startsWith("Created merge revision ").contains(SECOND, "c3d4e5f6a1b2");
        assertThat(db("heads").out().lines()).singleElement().asString().endsWith(": join");
        assertThat(db("upgrade").exit()).isZero();
    }

    @Test
    void commandsThatOnlyReadSayAMissingFileIsMissingAndLeaveNoFileBehind() throws Exception {
        db("init");
        writeRevisions();
        for (String command : new String[] {"current", "check", "downgrade"}) {
            Run run = command.equals("downgrade") ? db(command, "base") : db(command);
            assertThat(run.exit()).as(command).isEqualTo(ExitCode.CANNOT_CONNECT.code());
            assertThat(run.err()).as(command).startsWith("There is no database file " + dir.resolve("app.db"));
            assertThat(dir.resolve("app.db")).as(command).doesNotExist();
        }
        Run history = db("history");
        assertThat(history.out()).as("history without a database: the revisions alone, as flask db history")
                .isEqualTo(FIRST + " -> " + SECOND + " (head): stars\n<base> -> " + FIRST + ": notes\n");
        assertThat(dir.resolve("app.db")).doesNotExist();

        assertThat(db("upgrade").exit()).as("upgrade makes the database, as Flask-Migrate's does").isZero();
        assertThat(db("current").out()).startsWith(SECOND);
    }
}
