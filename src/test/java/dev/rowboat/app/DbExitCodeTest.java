package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Servers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exit codes of {@code rowboat db}, each failure a sentence on stderr and never a stack trace:
 * a script tells "differences", "usage", "cannot connect" and "migration failed" apart.
 */
class DbExitCodeTest {
    @TempDir
    Path dir;

    /** With an empty Rowboat repository, so only the database can fail. */
    Run db(String url, String... args) {
        try {
            Files.createDirectories(dir.resolve("migrations/versions"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", url, "--dir", dir.resolve("migrations").toString()));
        return rowboat(all);
    }

    static void assertSentence(Run run) {
        assertThat(run.err()).as("one sentence, no stack trace").doesNotContain("\tat ", "Exception", "Caused by")
                .isNotBlank();
    }

    @Test
    void theHelpOfRowboatAndOfDbListsEveryExitCode() {
        for (List<String> help : List.of(List.of("--help"), List.of("db", "--help"))) {
            Run run = rowboat(help);
            assertThat(run.exit()).isZero();
            for (ExitCode code : ExitCode.values()) {
                assertThat(run.out()).as(help.toString()).containsPattern("(?m)^\\s+" + code.code() + "\\s+\\S");
            }
            assertThat(run.out()).contains("Exit codes", "Differences found", "Cannot connect", "Migration failed",
                    "another migration tool", "no version table");
        }
    }

    @Test
    void everyCodeIsDistinctAndTheFirstFiveAreTheIssuesOwn() {
        assertThat(List.of(ExitCode.values()).stream().map(ExitCode::code).distinct()).hasSize(ExitCode.values().length);
        assertThat(ExitCode.OK.code()).isZero();
        assertThat(ExitCode.DIFFERENCES.code()).isEqualTo(1);
        assertThat(ExitCode.USAGE.code()).isEqualTo(2);
        assertThat(ExitCode.CANNOT_CONNECT.code()).isEqualTo(3);
        assertThat(ExitCode.MIGRATION_FAILED.code()).isEqualTo(4);
    }

    @Test
    void aMissingDatabaseFileCannotBeConnectedTo() throws Exception {
        Run current = db("sqlite:///" + dir.resolve("nothing-here.db"), "current");
        assertThat(current.exit()).isEqualTo(ExitCode.CANNOT_CONNECT.code());
        assertThat(current.err()).startsWith("There is no database file " + dir.resolve("nothing-here.db"));
        assertSentence(current);
    }

    /** history decides whether it needs the database from the URL, before the command's own error handling. */
    @Test
    void aUrlThatCannotBeReadIsUsageForEveryCommand() {
        for (String command : List.of("current", "history", "upgrade", "check")) {
            Run run = db("oracle://scott:tiger@db/orcl", command);
            assertThat(run.exit()).as(command).isEqualTo(ExitCode.USAGE.code());
            assertThat(run.err()).as(command).isEqualTo("Rowboat cannot open \"oracle\" databases. Use sqlite:///path, "
                    + "postgresql://user:password@host/database, mysql://..., mariadb://... or a jdbc: URL.\n");
        }
    }

    @Test
    void anEntityClassThatIsNotThereIsUsage() throws Exception {
        String url = "sqlite:///" + dir.resolve("app.db");
        assertThat(db(url, "upgrade").exit()).isZero();
        Run run = db(url, "check", "--entity", "com.example.NoSuchModel");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("com.example.NoSuchModel", "--entity");
        assertSentence(run);
    }

    /** A refused port: the window's sentence, exit 3, without waiting for a timeout. */
    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"POSTGRESQL", "MARIADB"})
    void aServerThatIsNotThereCannotBeConnectedToInTheWindowsWords(Dbms dbms) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String scheme = dbms == Dbms.POSTGRESQL ? "postgresql" : "mysql";
        for (String command : List.of("current", "upgrade")) {
            Run run = db(scheme + "://me:secret@127.0.0.1:" + port + "/blog", command);
            assertThat(run.exit()).as(command + ": " + run.err()).isEqualTo(ExitCode.CANNOT_CONNECT.code());
            assertThat(run.err()).as(command).isEqualTo("Could not reach 127.0.0.1:" + port + ": connection refused. Is "
                    + dbms.displayName() + " running, and on that port?\n");
        }
    }

    @Test
    void anUnknownPostgresDatabaseIsSaidAsTheWindowSaysIt() {
        Servers.require(Dbms.POSTGRESQL);
        Run run = db("postgresql://postgres@" + Servers.HOST + ":" + Servers.port(Dbms.POSTGRESQL) + "/no_such_db_rowboat", "current");
        assertThat(run.exit()).isEqualTo(ExitCode.CANNOT_CONNECT.code());
        assertThat(run.err()).isEqualTo("There is no database 'no_such_db_rowboat' on 127.0.0.1:5432. Check its name in the URL.\n");
    }

    @Test
    void aWrongMariaDbPasswordIsSaidAsTheWindowSaysIt() {
        Servers.require(Dbms.MARIADB);
        Run run = db("mysql://root:wrong-password@" + Servers.HOST + ":" + Servers.port(Dbms.MARIADB) + "/test", "current");
        assertThat(run.exit()).isEqualTo(ExitCode.CANNOT_CONNECT.code());
        assertThat(run.err()).startsWith(Dbms.MARIADB.displayName() + " at 127.0.0.1:3306 refused user 'root'");
        assertSentence(run);
    }
}
