package dev.rowboat.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.RawSql;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Rowboats upgrading one PostgreSQL database at once: a real second JVM runs
 * {@code rowboat db upgrade} through a slow revision while this one tries too.
 */
class TwoProcessesTest {
    @TempDir
    Path dir;

    @Test
    void theSecondRowboatGetsTheLockErrorAndTheFirstFinishes() throws Exception {
        try (TestDatabase db = TestDatabase.create(Dbms.POSTGRESQL)) {
            MigrationRepository repo = Migrations.init(dir.resolve("migrations"));
            Migrations here = Migrations.open(repo, ConnectionSource.of(db.spec()), Dbms.POSTGRESQL);
            Revision first = here.writeRevision("table", List.of(MigrationsTest.table("rb_race")), List.of(new DropTable("rb_race")));
            Revision slow = here.writeRevision("slow", List.of(new RawSql(null, Map.of("postgresql", "select pg_sleep(4)"))), List.of());

            String url = db.spec().jdbcUrl() + "&user=postgres";
            Path log = dir.resolve("other.log");
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.rowboat.app.Main",
                    "db", "upgrade", "--url", url, "--dir", dir.resolve("migrations").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                waitForLock(db, other);
                assertThatThrownBy(() -> here.upgrade("head", MigrationListener.NONE))
                        .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.LOCKED))
                        .hasMessageContaining("process " + other.pid())
                        .hasMessageContaining("rowboat db unlock");
                assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                other.destroy();
            }
            assertThat(other.exitValue()).as(Files.readString(log)).isZero();
            assertThat(Files.readString(log)).contains("Upgrade " + first.id(), "Upgrade " + slow.id(), "At " + slow.id());
            MigrationStatus status = here.status();
            assertThat(status.current()).containsExactly(slow.id());
            assertThat(status.lockHolder()).isNull();
            assertThat(here.upgrade("head", MigrationListener.NONE).revisions()).isEmpty();
        }
    }

    private static void waitForLock(TestDatabase db, Process other) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!other.isAlive()) {
                throw new AssertionError("the other Rowboat ended before taking the lock (exit " + other.exitValue() + ")");
            }
            try (Connection c = DriverManager.getConnection(db.spec().jdbcUrl(), "postgres", "");
                 ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "rowboat_lock", null)) {
                if (rs.next()) {
                    try (ResultSet row = c.createStatement().executeQuery("select count(*) from rowboat_lock")) {
                        row.next();
                        if (row.getInt(1) == 1) {
                            return;
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the other Rowboat never took the lock");
    }

}
