package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upgrade --sql} and {@code downgrade --sql} as Alembic's offline mode: SQL for the database
 * kind the URL names, over {@code START:END}, with nothing connected and nothing created; and
 * {@code downgrade} going one revision down when no target is given, as Flask-Migrate's.
 */
class DbOfflineSqlTest {
    static final String NOTES = DbRevisionCommandsTest.NOTES;
    static final String STARS = DbRevisionCommandsTest.STARS;

    @TempDir
    Path dir;

    @BeforeEach
    void aLinearHistory() throws Exception {
        DbRevisionCommandsTest history = new DbRevisionCommandsTest();
        history.dir = dir;
        history.aHistoryThatBranchesAfterItsFirstRevision();
        java.nio.file.Files.delete(history.versions.resolve(DbRevisionCommandsTest.TAGS + "_tags.yaml"));
    }

    Run db(String url, String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", url, "--dir", dir.resolve("migrations").toString()));
        return rowboat(all);
    }

    String sqlite() {
        return "sqlite:///" + dir.resolve("app.db");
    }

    @Test
    void aServerThatIsNotThereIsNotNeededForTheScript() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort(); // free once closed: nothing listens there
        }
        Run postgres = db("postgresql://nobody@127.0.0.1:" + closed + "/nowhere", "upgrade", "--sql");
        assertThat(postgres.exit()).as(postgres.err()).isZero();
        assertThat(postgres.out()).isEqualTo("""
                -- Upgrade a1b2c3d4e5f6: notes
                CREATE TABLE note (
                    id INTEGER NOT NULL,
                    PRIMARY KEY (id)
                );

                -- Upgrade b2c3d4e5f6a1: stars
                ALTER TABLE note ADD COLUMN stars INTEGER;

                """);
        Run mariadb = db("mysql://root@127.0.0.1:" + closed + "/nowhere", "downgrade", "--sql", "head:base");
        assertThat(mariadb.exit()).as(mariadb.err()).isZero();
        assertThat(mariadb.out()).containsSubsequence("-- Downgrade " + STARS + ": stars", "ALTER TABLE note DROP COLUMN stars",
                "-- Downgrade " + NOTES + ": notes", "DROP TABLE note");
    }

    @Test
    void noDatabaseFileIsMadeAndRangesAreAlembics() {
        Run range = db(sqlite(), "upgrade", "--sql", NOTES + ":" + STARS);
        assertThat(range.exit()).as(range.err()).isZero();
        assertThat(range.out()).doesNotContain(NOTES + ": notes").contains("-- Upgrade " + STARS + ": stars");

        Run last = db(sqlite(), "downgrade", "--sql");
        assertThat(last.out()).as("no target: the last revision, as flask db downgrade --sql (head:-1)")
                .contains("-- Downgrade " + STARS).doesNotContain("-- Downgrade " + NOTES);
        Run all = db(sqlite(), "downgrade", "--sql", STARS + ":base");
        assertThat(all.out()).containsSubsequence("-- Downgrade " + STARS, "-- Downgrade " + NOTES);
        assertThat(dir.resolve("app.db")).as("--sql connects to nothing and creates nothing").doesNotExist();
    }

    @Test
    void downgradeWithoutATargetUndoesTheLastRevisionOnly() {
        assertThat(db(sqlite(), "upgrade").exit()).isZero();
        Run down = db(sqlite(), "downgrade");
        assertThat(down.exit()).as(down.err()).isZero();
        assertThat(down.out()).isEqualTo("Downgrade " + STARS + ": stars\nAt " + NOTES + "\n");
        assertThat(db(sqlite(), "downgrade").out()).isEqualTo("Downgrade " + NOTES + ": notes\nAt base\n");
    }
}
