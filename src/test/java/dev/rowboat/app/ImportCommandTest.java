package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code rowboat import} on each database: what it writes, and that a dry run or a malformed file writes nothing. */
class ImportCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void importsInsertsUpsertsAndWritesNothingForADryRunOrAMalformedFile(Dbms dbms) throws Exception {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            test.openWithSample().close();
            int user = firstInt(test, "select min(id) from " + (dbms == Dbms.MARIADB ? "`user`" : "\"user\""));
            int before = count(test);
            Path posts = write("posts.csv", "id,body,timestamp,user_id\n"
                    + "9001,\"Hello, \"\"world\"\"\",2024-01-02T03:04:05,"+ user + "\n"
                    + "9002,Zoë ✓,2024-01-03T00:00:00," + user + "\n"
                    + "9003,,,\n");

            Run dry = import_(test, "--entity", "Post", "--file", posts.toString(), "--dry-run");
            assertThat(dry.exit()).as(dry.err()).isZero();
            assertThat(dry.out()).contains("3 rows would be imported, 0 refused; nothing was written");
            assertThat(count(test)).isEqualTo(before);

            Run run = import_(test, "--entity", "post", "--file", posts.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("3 rows imported, 0 refused.");
            assertThat(count(test)).isEqualTo(before + 3);
            assertThat(text(test, "select body from post where id = 9001")).isEqualTo("Hello, \"world\"");
            assertThat(text(test, "select body from post where id = 9002")).isEqualTo("Zoë ✓");
            assertThat(text(test, "select body from post where id = 9003")).isNull();

            Path upsert = write("upsert.json", "[{\"id\": 9001, \"body\": \"changed\"}, {\"id\": 9004, \"body\": \"new\"}]");
            Run up = import_(test, "--entity", "Post", "--file", upsert.toString(), "--mode", "upsert", "--batch-size", "1");
            assertThat(up.exit()).as(up.err()).isZero();
            assertThat(up.out()).contains("Writing rows 1–1 of 2").contains("2 rows imported, 0 refused.");
            assertThat(text(test, "select body from post where id = 9001")).isEqualTo("changed");
            assertThat(count(test)).isEqualTo(before + 4);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aMalformedFileExitsNonZeroNamesTheLinesAndLeavesTheTableAsItWas(Dbms dbms) throws Exception {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            test.openWithSample().close();
            int before = count(test);
            String good = "9101,fine,2024-01-02T03:04:05,\n";
            List<Object[]> cases = List.of(
                    new Object[] {"id,body,timestamp,user_id\n" + good + "9102,short row\n", "line 3", "1"},
                    new Object[] {"id,body,timestamp,user_id\n" + good + "x9102,bad id,2024-01-02T03:04:05,\n", "line 3, id", "2"},
                    new Object[] {"id,body,timestamp,user_id\n" + good + "9102,bad date,2024-02-30T00:00:00,\n", "line 3, timestamp", "3"});
            for (Object[] c : cases) {
                Path file = write("bad" + c[2] + ".csv", (String) c[0]);
                Run run = import_(test, "--entity", "Post", "--file", file.toString());
                assertThat(run.exit()).as(run.out()).isEqualTo(1);
                assertThat(run.err()).contains("Nothing was imported").contains((String) c[1]);
                assertThat(count(test)).isEqualTo(before);
            }
            Path latin1 = dir.resolve("latin1.csv");
            Files.write(latin1, ("id,body,timestamp,user_id\n" + good + "9102,Zo\u00eb,2024-01-02T03:04:05,\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Run run = import_(test, "--entity", "Post", "--file", latin1.toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("line 3").contains("not UTF-8");
            assertThat(count(test)).isEqualTo(before);

            Path refusedByDatabase = write("dup.csv", "id,body\n9201,one\n9201,again\n");
            Run duplicate = import_(test, "--entity", "Post", "--file", refusedByDatabase.toString());
            assertThat(duplicate.exit()).isEqualTo(1);
            assertThat(duplicate.err()).contains("The database refused a row of lines 2–3");
            assertThat(count(test)).isEqualTo(before);
        }
    }

    @Test
    void readOnlyIsRefusedAndSkipRefusedWritesTheRestWithAReport() throws Exception {
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            test.openWithSample().close();
            int before = count(test);
            Path file = write("mixed.csv", "id,body\n9301,ok\n9302x,bad\n");
            Run readOnly = import_(test, "--entity", "Post", "--file", file.toString(), "--read-only");
            assertThat(readOnly.exit()).isEqualTo(2);
            assertThat(readOnly.err()).contains("does not run with --read-only");
            Path report = dir.resolve("report.txt");
            Run run = import_(test, "--entity", "Post", "--file", file.toString(), "--skip-refused", "--report", report.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("1 row imported, 1 refused, see the report.");
            assertThat(Files.readString(report)).contains("line 3, id: \"9302x\" is not a whole number");
            assertThat(count(test)).isEqualTo(before + 1);
        }
    }

    private Run import_(TestDatabase test, String... args) {
        List<String> all = new ArrayList<>(List.of("import", "--url", url(test)));
        all.addAll(List.of(args));
        return rowboat(all);
    }

    static String url(TestDatabase test) {
        String url = test.spec().jdbcUrl();
        return switch (test.dbms()) {
            case POSTGRESQL -> url + "&user=postgres";
            case MARIADB -> url + "?user=root";
            default -> url;
        };
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static int count(TestDatabase test) {
        return firstInt(test, "select count(*) from post");
    }

    private static int firstInt(TestDatabase test, String sql) {
        return Integer.parseInt(text(test, sql));
    }

    private static String text(TestDatabase test, String sql) {
        return test.firstValue(sql);
    }
}
