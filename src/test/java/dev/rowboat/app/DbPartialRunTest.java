package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails part-way exits 4 and says, after the failure, which revisions it had already
 * applied (or undone): they committed one by one and stay, on a real SQLite file.
 */
class DbPartialRunTest {
    static final String NOTES = "a1b2c3d4e5f6";
    static final String BREAKS = "b2c3d4e5f6a1";
    static final String TAGS = "c3d4e5f6a1b2";

    @TempDir
    Path dir;

    Run db(String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", "sqlite:///" + dir.resolve("app.db"), "--dir", dir.resolve("migrations").toString()));
        return rowboat(all);
    }

    void write(String id, String yaml) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve(id + ".yaml"), yaml);
    }

    void writeNotes() throws Exception {
        write(NOTES, """
                revision: a1b2c3d4e5f6
                message: notes
                created: 2025-01-01T00:00:00Z
                upgrade:
                  - op: create_table
                    table: note
                    columns:
                      - {name: id, type: integer, nullable: false}
                    primary_key: [id]
                downgrade:
                  - {op: drop_table, table: note}
                """);
    }

    @Test
    void anUpgradeWhoseSecondRevisionFailsSaysTheFirstStaysApplied() throws Exception {
        writeNotes();
        write(BREAKS, """
                revision: b2c3d4e5f6a1
                down_revision: a1b2c3d4e5f6
                message: breaks
                created: 2025-01-02T00:00:00Z
                upgrade:
                  - {op: sql, sql: "insert into missing_table (id) values (1)"}
                """);

        Run up = db("upgrade");

        assertThat(up.exit()).isEqualTo(ExitCode.MIGRATION_FAILED.code());
        assertThat(up.out()).contains("Upgrade " + NOTES + ": notes", "Upgrade " + BREAKS + ": breaks");
        assertThat(up.err()).startsWith("Revision " + BREAKS + " (breaks) failed at sql: insert into missing_table")
                .contains("missing_table", "The version table still names the revision before this one.")
                .endsWith("\nApplied before the failure: " + NOTES + " (notes).\n")
                .doesNotContain("\tat ");
        assertThat(db("current").out()).startsWith(NOTES + "\n");
    }

    @Test
    void aFailureInTheFirstRevisionSaysNothingWasApplied() throws Exception {
        write(BREAKS, """
                revision: b2c3d4e5f6a1
                message: breaks
                created: 2025-01-02T00:00:00Z
                upgrade:
                  - {op: sql, sql: "insert into missing_table (id) values (1)"}
                """);
        Run up = db("upgrade");
        assertThat(up.exit()).isEqualTo(ExitCode.MIGRATION_FAILED.code());
        assertThat(up.err()).endsWith("\nApplied before the failure: none.\n");
    }

    @Test
    void aDowngradeThatFailsPartWaySaysWhatItUndid() throws Exception {
        writeNotes();
        write(BREAKS, """
                revision: b2c3d4e5f6a1
                down_revision: a1b2c3d4e5f6
                message: breaks on the way down
                created: 2025-01-02T00:00:00Z
                upgrade:
                  - {op: add_column, table: note, column: {name: stars, type: integer}}
                downgrade:
                  - {op: sql, sql: "delete from missing_table"}
                """);
        write(TAGS, """
                revision: c3d4e5f6a1b2
                down_revision: b2c3d4e5f6a1
                message: tags
                created: 2025-01-03T00:00:00Z
                upgrade:
                  - op: create_table
                    table: tag
                    columns:
                      - {name: id, type: integer, nullable: false}
                    primary_key: [id]
                downgrade:
                  - {op: drop_table, table: tag}
                """);
        assertThat(db("upgrade").exit()).isZero();

        Run down = db("downgrade", "base");

        assertThat(down.exit()).isEqualTo(ExitCode.MIGRATION_FAILED.code());
        assertThat(down.err()).startsWith("Revision " + BREAKS + " (breaks on the way down) failed")
                .endsWith("\nUndone before the failure: " + TAGS + " (tags).\n");
        assertThat(db("current").out()).startsWith(BREAKS + "\n");
    }
}
