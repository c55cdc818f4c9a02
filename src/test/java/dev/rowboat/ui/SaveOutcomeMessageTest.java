package dev.rowboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.grid.EntityTableViewModel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the person reads after a save whose outcome the database could not report. */
class SaveOutcomeMessageTest {

    @Test
    void aConnectionLostWhileCommittingSaysTheOutcomeIsUnknownAndKeepsTheEdits() throws Exception {
        try (TestDatabase test = TestDatabase.create(Dbms.POSTGRESQL); OpenDatabase db = test.openWithSample();
             Connection other = DriverManager.getConnection(test.spec().jdbcUrl(), test.spec().user(), "")) {
            try (Statement s = other.createStatement()) {
                // Sleeps inside COMMIT (a deferred constraint trigger), so the server can end the connection there.
                s.execute("create function slow_commit() returns trigger language plpgsql as $$ begin perform pg_sleep(20); return null; end $$");
                s.execute("create constraint trigger slow_commit after update on tag deferrable initially deferred"
                        + " for each row execute function slow_commit()");
            }
            ChangesViewModel changes = new ChangesViewModel(db::changes, new DirectTaskExecutor());
            EntityTableViewModel tags = new EntityTableViewModel(db.pages(), db.catalog().get("Tag"), null, new DirectTaskExecutor(), changes);
            tags.loadFirst();
            tags.editing().edit(tags.rows().get(0), db.catalog().get("Tag").attribute("name").orElseThrow(), "web");
            CompletableFuture<Void> endTheCommit = CompletableFuture.runAsync(() -> terminateSleepingBackend(other));

            changes.save();

            endTheCommit.get(30, TimeUnit.SECONDS);
            assertThat(changes.messageProperty().get()).isEqualTo("The connection broke while the database was committing:"
                    + " Rowboat cannot tell whether it saved your 1 unsaved change. Nothing is discarded: refresh to check before you Save again.");
            assertThat(changes.pending().count()).isEqualTo(1);
        }
    }

    private static void terminateSleepingBackend(Connection other) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Statement s = other.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where datname = current_database() and wait_event = 'PgSleep' and pid <> pg_backend_pid()")) {
                    if (rs.next()) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("The save never reached its commit");
    }
}
