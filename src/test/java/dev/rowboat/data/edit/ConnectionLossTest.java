package dev.rowboat.data.edit;

import static dev.rowboat.data.edit.SaveFixtures.count;
import static dev.rowboat.data.edit.SaveFixtures.map;
import static dev.rowboat.data.edit.SaveFixtures.openSample;
import static dev.rowboat.data.edit.SaveFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The server ends Rowboat's connection in the middle of a save (PostgreSQL terminates the
 * backend, MariaDB kills the connection): nothing is committed, the save reports the lost
 * connection, and the same edits save once asked again. Another client holds a row lock so the
 * save is surely mid-transaction (its insert done, its update waiting) when the server acts.
 */
class ConnectionLossTest {
    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"POSTGRESQL", "MARIADB"}) // H2 and SQLite run inside Rowboat's process
    void theServerEndingTheConnectionDuringSaveLosesNothingAndTheSaveCanBeRepeated(Dbms dbms) throws Exception {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test);
             Connection other = DriverManager.getConnection(test.spec().jdbcUrl(), test.spec().user(), "")) {
            List<RowEdit> edits = List.of(
                    new InsertRow("Tag", 1, map("name", "interrupted")),
                    new UpdateRow("Post", 2, map("body", "Learning Flask-Migrate today."), map("body", "Saved after all.")));
            other.setAutoCommit(false);
            CompletableFuture<SaveResult> save;
            try (Statement lock = other.createStatement()) {
                lock.executeQuery("select id from post where id = 2 for update").close();
                save = CompletableFuture.supplyAsync(() -> db.changes().save(edits));
                long victim = waitForBlockedSave(other, dbms);
                lock.execute(dbms == Dbms.POSTGRESQL ? "select pg_terminate_backend(" + victim + ")" : "kill connection " + victim);
            } finally {
                other.rollback();
            }

            try {
                save.get(30, TimeUnit.SECONDS);
                fail("the save should have failed");
            } catch (ExecutionException e) {
                SaveException refused = (SaveException) e.getCause();
                assertThat(refused.problems()).extracting(RowProblem::editIndex, RowProblem::kind)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(-1, RowProblem.Kind.CONNECTION_LOST));
            }
            assertThat(count(test, "select count(*) from tag where name = 'interrupted'")).isZero();
            assertThat(value(test, "select body from post where id = 2")).isEqualTo("Learning Flask-Migrate today.");

            db.changes().save(edits);

            assertThat(count(test, "select count(*) from tag where name = 'interrupted'")).isEqualTo(1);
            assertThat(value(test, "select body from post where id = 2")).isEqualTo("Saved after all.");
        }
    }

    @Test
    void theConnectionBreakingDuringCommitSaysTheOutcomeIsUnknownAndKeepsTheEdits() throws Exception {
        try (TestDatabase test = TestDatabase.create(Dbms.POSTGRESQL); OpenDatabase db = openSample(test);
             Connection other = DriverManager.getConnection(test.spec().jdbcUrl(), test.spec().user(), "")) {
            // A deferred constraint trigger runs inside COMMIT: sleeping there holds the save in its commit
            // while the server ends the connection (MariaDB has no deferred triggers; H2 and SQLite no server).
            SaveFixtures.execute(test, "create function slow_commit() returns trigger language plpgsql as"
                            + " $$ begin perform pg_sleep(20); return null; end $$",
                    "create constraint trigger slow_commit after update on post deferrable initially deferred"
                            + " for each row execute function slow_commit()");
            List<RowEdit> edits = List.of(new UpdateRow("Post", 2, map("body", "Learning Flask-Migrate today."), map("body", "Saved, or not?")));
            CompletableFuture<SaveResult> save = CompletableFuture.supplyAsync(() -> db.changes().save(edits));
            long victim = waitForConnection(other, "select pid from pg_stat_activity where datname = current_database()"
                    + " and wait_event = 'PgSleep' and pid <> pg_backend_pid()", "The save never reached its commit");
            try (Statement s = other.createStatement()) {
                s.execute("select pg_terminate_backend(" + victim + ")");
            }

            ExecutionException failure = catchThrowableOfType(() -> save.get(30, TimeUnit.SECONDS), ExecutionException.class);
            SaveException refused = (SaveException) failure.getCause();
            assertThat(refused.problems()).extracting(RowProblem::kind).containsExactly(RowProblem.Kind.COMMIT_UNCERTAIN);
            assertThat(refused.problems().get(0).message()).contains("cannot tell whether it was saved")
                    .contains("refresh to see what the database holds before saving again");
            // This time the server ended the transaction before it committed: the row is as it was.
            assertThat(value(test, "select body from post where id = 2")).isEqualTo("Learning Flask-Migrate today.");

            SaveFixtures.execute(test, "drop trigger slow_commit on post");
            db.changes().save(edits);
            assertThat(value(test, "select body from post where id = 2")).isEqualTo("Saved, or not?");
        }
    }

    /** The server's id for the connection whose statement waits on the lock {@code holder} keeps. */
    private static long waitForBlockedSave(Connection holder, Dbms dbms) throws Exception {
        String sql = dbms == Dbms.POSTGRESQL
                ? "select pid from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))"
                : "select id from information_schema.processlist where db = database() and id <> connection_id()"
                        + " and info like 'update post%'";
        return waitForConnection(holder, sql, "The save never waited on the lock");
    }

    /** The first column of the first row {@code sql} finds, asked again until it finds one. */
    private static long waitForConnection(Connection holder, String sql, String never) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Statement s = holder.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(100);
        }
        throw new AssertionError(never);
    }
}
