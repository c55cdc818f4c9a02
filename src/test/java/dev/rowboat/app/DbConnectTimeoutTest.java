package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.SilentServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A server that accepts the connection and never answers (a real socket in this test, not a mock):
 * a {@code db} command gives up after the promised 10 seconds with the window's sentence and exit 3,
 * where it used to wait for MariaDB's default 30 seconds, or for PostgreSQL for ever. The upper
 * bound is generous: this checks behaviour on a busy machine, it is not a benchmark.
 */
class DbConnectTimeoutTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"POSTGRESQL", "MARIADB"})
    void aServerThatNeverAnswersIsGivenUpOnAfterTenSeconds(Dbms dbms) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        try (SilentServer silent = SilentServer.start()) {
            String scheme = dbms == Dbms.POSTGRESQL ? "postgresql" : "mysql";
            long started = System.nanoTime();
            Run run = rowboat(List.of("db", "current", "--url", scheme + "://me:secret@127.0.0.1:" + silent.port() + "/blog",
                    "--dir", dir.resolve("migrations").toString()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(silent.accepted()).as("the driver really got through to the silent server").isPositive();
            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.CANNOT_CONNECT.code());
            assertThat(run.err()).isEqualTo(dbms.displayName() + " at 127.0.0.1:" + silent.port()
                    + " did not answer within 10 seconds. Check the host, the port and any firewall.\n");
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(9)).isLessThan(Duration.ofSeconds(20));
        }
    }
}
