package dev.rowboat.data.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.edit.ConsoleWrite;
import dev.rowboat.data.edit.SaveException;
import dev.rowboat.data.edit.UpdateRow;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The query console on every database, on the tutorial's seed (john, susan, mary and david):
 * the seed's queries written as HQL, SQL as typed, and writes that wait for Save.
 */
class QueryConsoleTest {
    private static final QueryCancel NO_CANCEL = QueryCancel.none();

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void theSeedsQueriesAsHqlReturnWhatTheSeedSays(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            QueryConsole console = db.console();
            // User.query.order_by(User.username.desc()).all()
            assertThat(usernames(db, console.entityQuery("from User u order by u.username desc").orElseThrow()))
                    .containsExactly("susan", "mary", "john", "david");
            // User.query.filter(User.email.endswith('@example.com')).all()
            assertThat(usernames(db, console.entityQuery("from User where email like '%@example.com'").orElseThrow()))
                    .containsExactlyInAnyOrder("john", "susan", "mary", "david");
            // User.query.get(2)
            assertThat(usernames(db, console.entityQuery("from User where id = 2").orElseThrow())).containsExactly("susan");
            // User.query.filter_by(username='mary').first(): a limit makes it a plain result
            assertThat(console.entityQuery("from User where username = 'mary' order by id limit 1")).isEmpty();
            ResultPage first = console.select(Language.HQL, "from User where username = 'mary' order by id limit 1", 0, 100, NO_CANCEL);
            assertThat(first.rows()).hasSize(1);
            assertThat(first.rows().get(0).get(first.columns().indexOf("username"))).isEqualTo("mary");
            assertThat(first.rows().get(0).get(first.columns().indexOf("email"))).isEqualTo("mary@example.com");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void otherQueriesArePagedResultsWithTheirColumns(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            QueryConsole console = db.console();
            String hql = "select u.username, count(p) as posts from User u left join u.posts p group by u.username order by u.username";
            assertThat(console.entityQuery(hql)).isEmpty();
            ResultPage firstTwo = console.select(Language.HQL, hql, 0, 2, NO_CANCEL);
            assertThat(firstTwo.columns()).containsExactly("username", "posts");
            assertThat(firstTwo.rows()).extracting(r -> r.get(0)).containsExactly("david", "john");
            assertThat(firstTwo.more()).isTrue();
            ResultPage rest = console.select(Language.HQL, hql, 2, 2, NO_CANCEL);
            assertThat(rest.rows()).extracting(r -> r.get(0)).containsExactly("mary", "susan");
            assertThat(rest.more()).isFalse();

            String users = table(db, "User");
            ResultPage sql = console.select(Language.SQL, "SELECT username FROM " + users + " ORDER BY username DESC", 1, 2, NO_CANCEL);
            assertThat(sql.rows()).extracting(r -> r.get(0)).containsExactly("mary", "john");
            assertThat(sql.more()).isTrue();
            assertThat(console.explain(Language.SQL, "SELECT username FROM " + users + " WHERE id = 1", NO_CANCEL).rows()).isNotEmpty();
            assertThat(console.sqlOf("from User where username = 'john'").toLowerCase()).startsWith("select").contains("username");
            assertThat(console.explain(Language.HQL, "from User where username = 'john'", NO_CANCEL).rows()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aWriteIsTriedAndRolledBackThenRunsAtSaveAfterTheGridsEdits(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            QueryConsole console = db.console();
            String posts = table(db, "Post");
            String update = "UPDATE " + posts + " SET body = 'edited in the console' WHERE id IN (1, 2)";
            assertThat(console.tryWrite(Language.SQL, update, NO_CANCEL)).isEqualTo(2);
            assertThat(bodies(console, posts)).doesNotContain("edited in the console");
            assertThat(console.tryWrite(Language.HQL, "update Post set body = 'by hql' where id = 3", NO_CANCEL)).isEqualTo(1);
            assertThat(bodies(console, posts)).doesNotContain("by hql");

            Object oldBody = bodies(console, posts).get(0);
            // the grid changed post 1 to one text; the console, run after it, sets posts 1 and 2 to another
            db.changes().save(List.of(
                    new UpdateRow("Post", 1L, Map.of("body", oldBody), Map.of("body", "edited in the grid")),
                    new ConsoleWrite(update, false, false),
                    new ConsoleWrite("update Post set body = 'by hql' where id = 3", true, false)));
            assertThat(bodies(console, posts).subList(0, 3)).containsExactly("edited in the console", "edited in the console", "by hql");
            assertThat(db.changes().previewSql(List.of(new ConsoleWrite(update, false, false)))).containsExactly(update + ";");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aRefusedConsoleStatementSavesNothingAndSaysWhichStatement(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            String posts = table(db, "Post");
            List<Object> before = bodies(db.console(), posts);
            assertThatThrownBy(() -> db.changes().save(List.of(
                    new ConsoleWrite("UPDATE " + posts + " SET body = 'lost' WHERE id = 1", false, false),
                    new ConsoleWrite("UPDATE " + posts + " SET no_such_column = 1", false, false))))
                    .isInstanceOf(SaveException.class)
                    .satisfies(e -> assertThat(((SaveException) e).problems().get(0).editIndex()).isEqualTo(1))
                    .hasMessageContaining("console statement");
            assertThat(bodies(db.console(), posts)).isEqualTo(before);
            assertThatThrownBy(() -> db.console().tryWrite(Language.SQL, "UPDATE " + posts + " SET no_such_column = 1", NO_CANCEL))
                    .isInstanceOf(DatabaseException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"POSTGRESQL", "MARIADB"})
    void cancelStopsTheStatementOnTheServer(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            // 30 s if nothing stops it (MariaDB's SLEEP returns quietly when killed, a cross join does not)
            String slow = dbms == Dbms.POSTGRESQL ? "SELECT pg_sleep(30)"
                    : "SELECT COUNT(*) FROM information_schema.columns a, information_schema.columns b, information_schema.columns c";
            QueryCancel cancel = QueryCancel.none();
            var timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
            timer.schedule(cancel::cancel, 700, java.util.concurrent.TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            try {
                assertThatThrownBy(() -> db.console().select(Language.SQL, slow, 0, 10, cancel))
                        .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.CANCELLED));
            } finally {
                timer.shutdownNow();
            }
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(15));
            assertThat(db.console().select(Language.SQL, "SELECT 1", 0, 1, NO_CANCEL).rows()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void onAReadOnlyConnectionTheDatabaseItselfRefusesAWriteSentThroughTheConsole(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            test.openWithSample().close(); // written, then closed: an H2 file now opens in the mode asked for
            var readOnly = test.spec().withSafeguards(new dev.rowboat.schema.Safeguards(true, false));
            try (OpenDatabase db = new dev.rowboat.data.DatabaseOpener(new dev.rowboat.data.reflect.ReflectedMapping(
                    dev.rowboat.data.reflect.AnnotatedNameHints.of(dev.rowboat.model.MicroblogModel.ENTITY_CLASSES)), false)
                    .open(readOnly, dev.rowboat.data.ConnectOptions.defaults())) {
                String posts = table(db, "Post");
                List<Object> before = bodies(db.console(), posts);
                for (String[] write : new String[][] {{"SQL", "UPDATE " + posts + " SET body = 'written anyway'"},
                        {"SQL", "DELETE FROM " + posts}, {"HQL", "update Post set body = 'written anyway'"}}) {
                    Language language = Language.valueOf(write[0]);
                    assertThatThrownBy(() -> db.console().tryWrite(language, write[1], NO_CANCEL))
                            .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.READ_ONLY))
                            .hasMessage(dev.rowboat.schema.ReadOnlySessions.REFUSED)
                            .satisfies(e -> assertRefusedAsReadOnly(dbms, e));
                }
                assertThatThrownBy(() -> db.changes().save(List.of(new ConsoleWrite("UPDATE " + posts + " SET body = 'written anyway'", false, false))))
                        .isInstanceOf(SaveException.class)
                        .satisfies(e -> assertRefusedAsReadOnly(dbms, e));
                assertThat(bodies(db.console(), posts)).isEqualTo(before);
            }
        }
    }

    /** The database's own refusal of a write in a read-only session, found in the failure's causes. */
    private static void assertRefusedAsReadOnly(Dbms dbms, Throwable failure) {
        java.sql.SQLException sql = null;
        for (Throwable t = failure; t != null && sql == null; t = t.getCause()) {
            sql = t instanceof java.sql.SQLException e ? e : null;
        }
        assertThat((Object) sql).as("an SQL error from " + dbms).isNotNull();
        switch (dbms) {
            case H2 -> assertThat(sql.getErrorCode()).isEqualTo(90097);
            case SQLITE -> assertThat(sql.getErrorCode() & 0xFF).isEqualTo(8);
            case POSTGRESQL, MARIADB -> assertThat(sql.getSQLState()).isEqualTo("25006");
        }
    }

    private static List<Object> bodies(QueryConsole console, String posts) {
        return console.select(Language.SQL, "SELECT body FROM " + posts + " ORDER BY id", 0, 100, NO_CANCEL).rows().stream()
                .map(r -> r.get(0)).toList();
    }

    /** The entity's table as SQL names it on this database. */
    private static String table(OpenDatabase db, String entity) {
        String name = db.catalog().get(entity).table();
        return db.spec().dbms() == Dbms.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
    }

    private static List<String> usernames(OpenDatabase db, EntityQuery query) {
        EntityInfo user = db.catalog().get(query.entity());
        int username = user.attributes().indexOf(user.attribute("username").orElseThrow());
        List<Row> rows = db.pages().fetch(new PageRequest(query.entity(), query.sort(), List.of(), Anchor.first(), 50,
                Scope.ofQuery(query.hql())), NO_CANCEL).rows();
        return rows.stream().map(r -> (String) r.cells().get(username)).toList();
    }
}
