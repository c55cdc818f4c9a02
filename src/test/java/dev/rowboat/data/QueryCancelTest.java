package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cancel stops a query that is really running on the server. Another client holds a lock on
 * {@code post}, so the grid's query waits until Cancel reaches the server.
 */
class QueryCancelTest {
    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"POSTGRESQL", "MARIADB"})
    void cancelStopsAQueryWaitingOnTheServer(Dbms dbms) throws Exception {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample();
             Connection other = DriverManager.getConnection(test.spec().jdbcUrl(), test.spec().user(), "")) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.execute(dbms == Dbms.POSTGRESQL ? "lock table post in access exclusive mode" : "lock tables post write");
                QueryCancel cancel = new QueryCancel();
                CompletableFuture<Object> page = CompletableFuture.supplyAsync(() ->
                        db.pages().fetch(new PageRequest("Post", null, List.of(), Anchor.first(), 100), cancel));
                Thread.sleep(1000);
                assertThat(page).as("the query waits for the lock").isNotDone();
                long start = System.nanoTime();
                cancel.cancel();
                assertThatThrownBy(() -> page.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DatabaseException.class)
                        .cause().hasMessage("The query was cancelled.");
                assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
            } finally {
                if (dbms == Dbms.MARIADB) {
                    try (Statement unlock = other.createStatement()) {
                        unlock.execute("unlock tables");
                    }
                }
                other.rollback();
            }
            // the open database is still usable afterwards
            assertThat(db.pages().fetch(new PageRequest("Post", null, List.of(), Anchor.first(), 100), QueryCancel.none()).rows()).hasSize(6);
        }
    }
}
