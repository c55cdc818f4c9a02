package dev.rowboat.data.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Find (Ctrl+F) as the database runs it: a text in any of an entity's text columns, ignoring case,
 * with the columns' own filters, through keyset pages and counts, by Rowboat's SQL and by HQL alike.
 */
class FindFilterTest {
    private static final QueryCancel NONE = QueryCancel.none();

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2", "SQLITE"})
    void findsTheTextInAnyTextColumnIgnoringCase(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            assertThat(column(db, "User", "username", Filter.anyText("SUS"))).as("in the username").containsExactly("susan");
            assertThat(column(db, "User", "username", Filter.anyText("Example.COM"))).as("in the email")
                    .containsExactlyInAnyOrder("john", "susan", "mary", "david");
            assertThat(column(db, "User", "username", Filter.anyText("$mary$"))).as("in the password hash").containsExactly("mary");
            assertThat(column(db, "Post", "body", Filter.anyText("flask"))).containsExactly("Learning Flask-Migrate today.");
            assertThat(column(db, "Tag", "name", Filter.anyText("PYTH"))).containsExactly("python");
            // LIKE's wildcards are looked for as typed
            assertThat(column(db, "Post", "body", Filter.anyText("%"))).isEmpty();
            assertThat(column(db, "Post", "body", Filter.anyText("_"))).isEmpty();
            assertThat(column(db, "Post", "body", Filter.anyText("!"))).containsExactly("Beautiful day in Portland!",
                    "The Avengers movie was so cool!");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2", "SQLITE"})
    void findIsOneMoreFilterBesideTheColumnsOwnAndCountsAgree(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            List<Filter> johnsWithAnO = List.of(new Filter("author", FilterOp.EQUALS, "john"), Filter.anyText("O"));
            assertThat(column(db, "Post", "body", johnsWithAnO.toArray(Filter[]::new)))
                    .containsExactly("Beautiful day in Portland!", "Learning Flask-Migrate today.", "My first post with tags.");
            List<Filter> coffee = List.of(Filter.anyText("coffee"), new Filter("id", FilterOp.LESS_THAN, "100"));
            assertThat(column(db, "Post", "body", coffee.toArray(Filter[]::new))).containsExactly("Anyone for coffee?");
            assertThat(db.pages().count("Post", coffee, NONE)).isEqualTo(1);
            assertThat(db.pages().count("Post", List.of(Filter.anyText("nothing like this")), NONE)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2", "SQLITE"})
    void pagesThroughEveryMatchOnceInBothDirectionsAsTheDatabaseCountsThem(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample(s -> SampleData.populateBulk(s, 6, 400, 17))) {
            List<Object> expected = new ArrayList<>();
            test.jdbc(c -> {
                try (var rs = c.createStatement().executeQuery("select id from post where lower(body) like '%garden%' order by body desc, id desc")) {
                    while (rs.next()) {
                        expected.add(rs.getInt(1));
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(expected).hasSizeGreaterThan(30);
            for (EntityPages pages : List.of(db.pages(), db.pages().throughHqlOnly())) {
                SortKey bodyDescending = new SortKey("body", true);
                List<Filter> find = List.of(Filter.anyText("GARDEN"));
                List<Object> forward = new ArrayList<>();
                Page page = pages.fetch(new PageRequest("Post", bodyDescending, find, Anchor.first(), 7), NONE);
                forward.addAll(ids(page));
                while (page.moreAfter()) {
                    page = pages.fetch(new PageRequest("Post", bodyDescending, find, new Anchor.After(last(page)), 7), NONE);
                    forward.addAll(ids(page));
                }
                assertThat(forward).map(id -> ((Number) id).intValue()).containsExactlyElementsOf(expected.stream().map(id -> (Integer) id).toList());
                List<Object> backward = new ArrayList<>();
                page = pages.fetch(new PageRequest("Post", bodyDescending, find, Anchor.last(), 7), NONE);
                backward.addAll(0, ids(page));
                while (page.moreBefore()) {
                    page = pages.fetch(new PageRequest("Post", bodyDescending, find, new Anchor.Before(page.rows().get(0).key()), 7), NONE);
                    backward.addAll(0, ids(page));
                }
                assertThat(backward).isEqualTo(forward);
                assertThat(pages.count("Post", find, NONE)).isEqualTo(expected.size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2", "SQLITE"})
    void aTableWithoutKeyIsSearchedTooAndOneWithoutTextSaysSo(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            test.openWithSample().close();
            test.jdbc(c -> {
                try (var s = c.createStatement()) {
                    s.execute("create table event_log (message varchar(80), level_no integer)");
                    s.execute("insert into event_log values ('Disk FULL', 3), ('all good', 1), ('disk almost full', 2), (null, 0)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (OpenDatabase db = test.openReflected()) {
                assertThat(db.catalog().get("event_log").keyless()).isTrue();
                assertThat(column(db, "event_log", "message", Filter.anyText("full"))).containsExactly("Disk FULL", "disk almost full");
                assertThat(db.pages().count("event_log", List.of(Filter.anyText("full"), new Filter("level_no", FilterOp.LESS_THAN, "3")),
                        NONE)).isEqualTo(1);
                PageRequest inFollowers = new PageRequest("followers", null, List.of(Filter.anyText("2")), Anchor.first(), 10);
                if (dbms == Dbms.SQLITE) {
                    // SQLite's driver types no column of an empty result, so a keyless table's columns are all text there
                    assertThat(db.pages().fetch(inFollowers, NONE).rows()).hasSize(2);
                } else {
                    assertThatThrownBy(() -> db.pages().fetch(inFollowers, NONE))
                            .isInstanceOf(DatabaseException.class).hasMessage("followers has no text columns to find \"2\" in.");
                }
            }
        }
    }

    private static List<Object> ids(Page page) {
        return page.rows().stream().map(Row::id).toList();
    }

    private static Key last(Page page) {
        return page.rows().get(page.rows().size() - 1).key();
    }

    /** One column of every row the filters let through, in the grid's default order. */
    private static List<Object> column(OpenDatabase db, String entity, String attribute, Filter... filters) {
        int index = db.catalog().get(entity).attributes().indexOf(db.catalog().get(entity).attribute(attribute).orElseThrow());
        return db.pages().fetch(new PageRequest(entity, null, List.of(filters), Anchor.first(), 100), NONE).rows().stream()
                .map(row -> row.cells().get(index)).toList();
    }
}
