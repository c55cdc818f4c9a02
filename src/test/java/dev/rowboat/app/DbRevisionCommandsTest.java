package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code db show}, {@code db branches} and {@code db edit} on a Rowboat history, and the messages
 * {@code revision}, {@code merge} and {@code migrate} take without -m, as Flask-Migrate's do.
 */
class DbRevisionCommandsTest {
    static final String NOTES = "a1b2c3d4e5f6";
    static final String STARS = "b2c3d4e5f6a1";
    static final String TAGS = "c3d4e5f6a1b2";

    @TempDir
    Path dir;
    Path versions;

    @BeforeEach
    void aHistoryThatBranchesAfterItsFirstRevision() throws Exception {
        versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve(NOTES + "_notes.yaml"), """
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
        Files.writeString(versions.resolve(STARS + "_stars.yaml"), """
                revision: b2c3d4e5f6a1
                down_revision: a1b2c3d4e5f6
                message: stars
                created: 2025-01-02T00:00:00Z
                upgrade:
                  - {op: add_column, table: note, column: {name: stars, type: integer}}
                downgrade:
                  - {op: drop_column, table: note, column: stars}
                """);
        Files.writeString(versions.resolve(TAGS + "_tags.yaml"),
                "revision: c3d4e5f6a1b2\ndown_revision: a1b2c3d4e5f6\nmessage: tags\ncreated: 2025-01-03T00:00:00Z\n");
    }

    Run db(String... args) {
        return rowboat(arguments(args));
    }

    List<String> arguments(String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", "sqlite:///" + dir.resolve("app.db"), "--dir", dir.resolve("migrations").toString()));
        return all;
    }

    @Test
    void showPrintsARevisionAsFlaskDbShowDoes() {
        Run show = db("show", "a1b");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).isEqualTo("Rev: " + NOTES + " (branchpoint)\n"
                + "Parent: <base>\n"
                + "Branches into: " + STARS + ", " + TAGS + "\n"
                + "Path: " + versions.resolve(NOTES + "_notes.yaml") + "\n"
                + "\n"
                + "    notes\n"
                + "\n");
        assertThat(db("show", STARS).out()).isEqualTo("Rev: " + STARS + " (head)\nParent: " + NOTES + "\nPath: "
                + versions.resolve(STARS + "_stars.yaml") + "\n\n    stars\n\n");
        assertThat(db("show", "heads").out()).contains("Rev: " + STARS + " (head)", "Rev: " + TAGS + " (head)");
        assertThat(dir.resolve("app.db")).as("show reads the files, not the database").doesNotExist();
    }

    @Test
    void showNamesWhatIsWrongWithTheRevisionAsked() {
        Run ambiguous = db("show");
        assertThat(ambiguous.exit()).as("head is ambiguous with two heads").isNotZero();
        assertThat(ambiguous.err()).contains("2 heads", STARS, TAGS);
        Run unknown = db("show", "ffff");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).startsWith("No revision matches \"ffff\"");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void showCurrentReadsTheDatabase() {
        assertThat(db("upgrade", STARS).exit()).isZero();
        assertThat(db("show", "current").out()).startsWith("Rev: " + STARS + " (head)\n");
    }

    @Test
    void branchesListsEachBranchPointWithTheRevisionsThatFollowIt() {
        Run branches = db("branches");
        assertThat(branches.exit()).as(branches.err()).isZero();
        String indent = " ".repeat(NOTES.length());
        assertThat(branches.out()).isEqualTo(NOTES + " (branchpoint)\n"
                + indent + " -> " + STARS + " (head)\n"
                + indent + " -> " + TAGS + " (head)\n\n");
        assertThat(db("branches", "-v").out()).startsWith("Rev: " + NOTES + " (branchpoint)\n")
                .endsWith(indent + " -> " + STARS + " (head), stars\n" + indent + " -> " + TAGS + " (head), tags\n\n");

        assertThat(db("merge", "-m", "join").exit()).isZero();
        assertThat(db("branches").out()).as("a merged history still branched there").startsWith(NOTES + " (branchpoint)\n");
    }

    @Test
    void aHistoryWithoutBranchesListsNone() throws Exception {
        Files.delete(versions.resolve(TAGS + "_tags.yaml"));
        Run branches = db("branches");
        assertThat(branches.exit()).isZero();
        assertThat(branches.out()).isEmpty();
    }

    @Test
    void editOpensTheRevisionFileInTheEditorAndWaitsForIt() throws Exception {
        Path record = dir.resolve("edited.txt");
        Path editor = script("record-editor", "printf '%s\\n' \"$@\" >> '" + record + "'\n");
        Run edit = rowboat(arguments("edit", STARS), Map.of("EDITOR", editor.toString()));
        assertThat(edit.exit()).as(edit.err()).isZero();
        assertThat(Files.readAllLines(record)).containsExactly(versions.resolve(STARS + "_stars.yaml").toString());

        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.move(editor, bin.resolve("record-editor"));
        Run withArguments = rowboat(arguments("edit", "c3d"), Map.of("VISUAL", "record-editor --wait", "PATH", bin.toString()));
        assertThat(withArguments.exit()).as(withArguments.err()).isZero();
        assertThat(Files.readAllLines(record)).as("$VISUAL, found on PATH, with its own arguments")
                .endsWith("--wait", versions.resolve(TAGS + "_tags.yaml").toString());
    }

    @Test
    void editSaysWhyItCouldNotOpenTheFile() throws Exception {
        Run noEditor = rowboat(arguments("edit", STARS), Map.of("PATH", dir.toString()));
        assertThat(noEditor.exit()).isNotZero();
        assertThat(noEditor.err()).contains("No editor found: set EDITOR", versions.resolve(STARS + "_stars.yaml").toString());

        Path failing = script("failing-editor", "exit 3\n");
        Run failed = rowboat(arguments("edit", STARS), Map.of("EDITOR", failing.toString()));
        assertThat(failed.exit()).isNotZero();
        assertThat(failed.err()).contains("The editor " + failing + " exited with 3");

        Path editor = script("record-editor", "exit 0\n");
        Run builtIn = rowboat(List.of("db", "edit", "--url", "sqlite:///" + dir.resolve("app.db"), "--dir", "classpath:/migrations/microblog"),
                Map.of("EDITOR", editor.toString()));
        assertThat(builtIn.exit()).isNotZero();
        assertThat(builtIn.err()).contains("built-in history inside Rowboat's jar", "cannot be edited");
    }

    @Test
    void theNewSubcommandsAnswerHelpAndAreListedByDbHelp() {
        for (String command : List.of("show", "branches", "edit")) {
            Run help = rowboat(List.of("db", command, "--help"));
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: rowboat db " + command);
        }
        assertThat(rowboat(List.of("db", "--help")).out()).contains("show", "branches", "edit");
    }

    @Test
    void revisionMergeAndMigrateTakeAlembicsMessageWhenGivenNone() throws Exception {
        Run merge = db("merge");
        assertThat(merge.exit()).as(merge.err()).isZero();
        Run revision = db("revision");
        assertThat(revision.exit()).as(revision.err()).isZero();
        assertThat(db("heads").out()).endsWith(": empty message\n");
        try (var files = Files.list(versions)) {
            assertThat(files.map(f -> f.getFileName().toString())).filteredOn(n -> n.endsWith("_empty_message.yaml")).hasSize(2);
        }

        Path other = Files.createDirectories(dir.resolve("model"));
        List<String> where = List.of("--url", "sqlite:///" + other.resolve("new.db"), "--dir", other.resolve("migrations").toString());
        assertThat(rowboat(concat(List.of("db", "init"), where)).exit()).isZero();
        Run migrate = rowboat(concat(List.of("db", "migrate"), where));
        assertThat(migrate.exit()).as(migrate.err()).isZero();
        assertThat(migrate.out()).startsWith("Created revision ").contains(": empty message");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private Path script(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
