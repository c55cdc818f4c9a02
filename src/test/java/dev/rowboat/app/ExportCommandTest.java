package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rowboat export}: a file in place and a sentence, or an exit status and a sentence and no file. */
class ExportCommandTest {
    private static TestDatabase sample;
    private static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void sampleDatabase() {
        sample = TestDatabase.create(Dbms.SQLITE);
        try (OpenDatabase db = sample.openWithSample()) {
            url = "sqlite:///" + sample.spec().file();
        }
    }

    @AfterAll
    static void dropIt() {
        sample.close();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void exportsTheRowsAConditionLetsThroughAndSaysHowMany() throws IOException {
        Path out = dir.resolve("johns-posts.jsonl");
        var run = CommandLineRun.rowboat(List.of("export", "--url", url, "--entity", "Post", "--where", "user_id = 1",
                "--format", "jsonl", "--out", out.toString()));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Exported 3 rows to " + out.toAbsolutePath());
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"id\":").endsWith("\"user_id\":1}"));
        assertThat(lines.get(0)).contains("\"body\":\"Beautiful day in Portland!\"");
        assertThat(files()).containsExactly(out);
    }

    @Test
    void aTableNameMarkdownAndSqlWork() throws IOException {
        Path md = dir.resolve("users.md");
        var run = CommandLineRun.rowboat(List.of("export", "--url", url, "--entity", "user", "--format", "markdown", "--out", md.toString()));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllLines(md)).hasSize(6).element(2).asString().startsWith("| 1 | john | john@example.com |");
        Path sql = dir.resolve("tags.sql");
        run = CommandLineRun.rowboat(List.of("export", "--url", url, "--entity", "Tag", "--format", "sql", "--dialect", "postgresql",
                "--out", sql.toString()));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(sql)).isEqualTo("INSERT INTO \"tag\" (\"id\", \"name\") VALUES\n(1, 'flask'),\n(2, 'python'),\n(3, 'travel');\n");
    }

    @Test
    void aWrongFormatOrDelimiterIsUsageAndWritesNothing() throws IOException {
        Path out = dir.resolve("posts.xlsx");
        var run = CommandLineRun.rowboat(List.of("export", "--url", url, "--entity", "Post", "--format", "xlsx", "--out", out.toString()));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("There is no export format \"xlsx\": use one of csv, json, jsonl, sql, markdown.");
        run = CommandLineRun.rowboat(List.of("export", "--url", url, "--entity", "Post", "--delimiter", ":", "--out", out.toString()));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("The delimiter must be , ; tab or |, not \":\".");
        run = CommandLineRun.rowboat(List.of("export", "--url", url, "--entity", "Post"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=FILE'");
        assertThat(files()).isEmpty();
    }

    @Test
    void aWrongEntityOrConditionSaysSoAndLeavesNoFile() throws IOException {
        Path out = dir.resolve("posts.csv");
        var run = CommandLineRun.rowboat(List.of("export", "--url", url, "--entity", "Posts", "--out", out.toString()));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("This database has no entity or table Posts. It has: ").contains("Post, ");
        run = CommandLineRun.rowboat(List.of("export", "--url", url, "--entity", "Post", "--where", "author = 'john'", "--out", out.toString()));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("The query failed: ").contains("author");
        assertThat(files()).isEmpty();
    }

    @Test
    void anUnreachableDatabaseIsASentence() throws IOException {
        Path out = dir.resolve("posts.csv");
        var run = CommandLineRun.rowboat(List.of("export", "--url", "postgresql://nobody@127.0.0.1:1/none", "--entity", "Post",
                "--out", out.toString()));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).contains("127.0.0.1:1");
        var missing = CommandLineRun.rowboat(List.of("export", "--url", "sqlite:///" + dir.resolve("nothing.db"), "--entity", "Post",
                "--out", out.toString()));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(files()).isEmpty();
    }
}
