package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.CountValue;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.Key;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.paging.SortKey;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The grid's data on every database: keyset pages, sorting, filters, labels and counts. */
class EntityPagesTest {
    private static final QueryCancel NO_CANCEL = QueryCancel.none();

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void catalogDescribesTheMicroblogFromHibernatesMetamodel(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            EntityInfo user = db.catalog().get("User");
            assertThat(user.label()).isEqualTo("username");
            // columns in the table's own order (as a database browser shows them), then to-many associations
            assertThat(user.attributes()).extracting(a -> a.name()).startsWith("id")
                    .containsExactlyInAnyOrder("id", "username", "email", "passwordHash", "profile", "followed", "followers", "posts")
                    .endsWith("followed", "followers", "posts");
            EntityInfo post = db.catalog().get("Post");
            assertThat(post.attributes()).extracting(a -> a.name()).containsExactlyInAnyOrder("id", "body", "timestamp", "author", "tags")
                    .startsWith("id").endsWith("tags");
            assertThat(post.attribute("author").orElseThrow().kind()).isEqualTo(AttributeKind.TO_ONE);
            assertThat(post.attribute("tags").orElseThrow().joinTable()).isEqualTo("post_tag");
            assertThat(post.attribute("timestamp").orElseThrow().zone()).as("the tutorial stores UTC").isEqualTo("UTC");
            assertThat(post.attribute("body").orElseThrow().zone()).isNull();
            assertThat(db.catalog().entities()).allMatch(EntityInfo::available);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void gridShowsAuthorLabelsAndToManyCounts(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            Page users = db.pages().fetch(request("User", null, List.of(), 10), NO_CANCEL);
            Row john = users.rows().get(0);
            assertThat(cell(db, "User", john, "username")).isEqualTo("john");
            assertThat(john.cells()).contains(new CountValue("posts", 3), new CountValue("followed", 2), new CountValue("followers", 1));
            Page posts = db.pages().fetch(request("Post", null, List.of(), 10), NO_CANCEL);
            RefValue author = (RefValue) cell(db, "Post", posts.rows().get(0), "author");
            assertThat(author.label()).isEqualTo("john");
            assertThat(author.entity()).isEqualTo("User");
            assertThat(posts.rows()).hasSize(6);
            assertThat(posts.moreAfter()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void keysetPagesVisitEveryRowOnceInBothDirectionsWithNullsInTheSortColumn(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample(s -> SampleData.populateBulk(s, 7, 230, 42))) {
            db.inTransaction(s -> {
                s.createMutationQuery("update Post p set p.timestamp = null where mod(p.id, 17) = 0").executeUpdate();
                // ties on the sort value, broken by id
                s.createMutationQuery("update Post p set p.timestamp = :t where mod(p.id, 13) = 0")
                        .setParameter("t", LocalDateTime.of(2024, 2, 29, 12, 0)).executeUpdate();
            });
            for (boolean descending : new boolean[] {false, true}) {
                SortKey sort = new SortKey("timestamp", descending);
                List<Row> all = fetchAll(db, "Post", sort, List.of(), 25);
                List<Row> expected = new ArrayList<>(all);
                expected.sort(byTimestamp(db, dbms.nullsSortHigh(), descending));
                assertThat(ids(all)).as("forward, descending=" + descending).containsExactlyElementsOf(ids(expected));
                assertThat(ids(all)).doesNotHaveDuplicates().hasSize(236);

                List<Row> backwards = new ArrayList<>();
                Page page = db.pages().fetch(request("Post", sort, List.of(), 25).at(Anchor.last()), NO_CANCEL);
                backwards.addAll(0, page.rows());
                while (page.moreBefore()) {
                    page = db.pages().fetch(request("Post", sort, List.of(), 25).at(new Anchor.Before(page.rows().get(0).key())), NO_CANCEL);
                    backwards.addAll(0, page.rows());
                }
                assertThat(ids(backwards)).as("backward, descending=" + descending).containsExactlyElementsOf(ids(expected));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void filtersRunOnTheServer(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            assertThat(bodies(db, new Filter("body", FilterOp.CONTAINS, "COFFEE"))).containsExactly("Anyone for coffee?");
            assertThat(bodies(db, new Filter("body", FilterOp.STARTS_WITH, "hello"))).containsExactly("Hello from Mary.");
            assertThat(bodies(db, new Filter("body", FilterOp.ENDS_WITH, "today."))).containsExactly("Learning Flask-Migrate today.");
            assertThat(bodies(db, new Filter("author", FilterOp.EQUALS, "susan"))).hasSize(2);
            assertThat(bodies(db, new Filter("id", FilterOp.LESS_THAN, "3"))).hasSize(2);
            assertThat(bodies(db, new Filter("timestamp", FilterOp.GREATER_THAN, "2023-01-20"))).containsExactly("Hello from Mary.");
            assertThat(bodies(db, new Filter("body", FilterOp.CONTAINS, "100%_!"))).isEmpty();
            assertThat(bodies(db, new Filter("body", FilterOp.IS_NULL, ""))).isEmpty();
            assertThatThrownBy(() -> bodies(db, new Filter("id", FilterOp.EQUALS, "abc")))
                    .isInstanceOf(DatabaseException.class).hasMessageContaining("\"abc\" is not a whole number");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void goToIdOpensThePageStartingAtThatRow(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            SortKey sort = new SortKey("username", false);
            Key key = db.pages().keyOf("User", sort, List.of(), "2", NO_CANCEL).orElseThrow();
            assertThat(key.sortValue()).isEqualTo("susan");
            Page page = db.pages().fetch(request("User", sort, List.of(), 10).at(new Anchor.At(key)), NO_CANCEL);
            assertThat(cell(db, "User", page.rows().get(0), "username")).isEqualTo("susan");
            assertThat(page.moreBefore()).as("david, john and mary come before susan").isTrue();
            Key first = db.pages().keyOf("User", sort, List.of(), "4", NO_CANCEL).orElseThrow();
            Page top = db.pages().fetch(request("User", sort, List.of(), 10).at(new Anchor.At(first)), NO_CANCEL);
            assertThat(cell(db, "User", top.rows().get(0), "username")).isEqualTo("david");
            assertThat(top.moreBefore()).as("nothing comes before david").isFalse();
            assertThat(db.pages().keyOf("User", sort, List.of(), "999", NO_CANCEL)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void jumpingToAScrollPositionSeeksByInterpolatedKey(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.open()) {
            db.createTablesIfEmpty();
            db.inTransaction(s -> SampleData.populateBulk(s, 10, 1000, 7));
            Page middle = db.pages().fetch(request("Post", null, List.of(), 50).at(new Anchor.Fraction(0.5)), NO_CANCEL);
            int firstId = ((Number) middle.rows().get(0).id()).intValue();
            assertThat(firstId).isBetween(490, 510);
            assertThat(middle.moreBefore()).isTrue();
            assertThat(middle.moreAfter()).isTrue();
            Page end = db.pages().fetch(request("Post", null, List.of(), 50).at(new Anchor.Fraction(0.999)), NO_CANCEL);
            assertThat(end.rows()).hasSize(50);
            assertThat(end.moreAfter()).isFalse();
            Page byTime = db.pages().fetch(request("Post", new SortKey("timestamp", true), List.of(), 50).at(new Anchor.Fraction(0.5)), NO_CANCEL);
            assertThat(byTime.rows()).hasSize(50);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void everyJumpShowsAStretchOfTheOrderWithNullsInTheSortColumn(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample(s -> SampleData.populateBulk(s, 7, 230, 42))) {
            db.inTransaction(s -> s.createMutationQuery("update Post p set p.timestamp = null where mod(p.id, 17) = 0").executeUpdate());
            for (boolean descending : new boolean[] {false, true}) {
                SortKey sort = new SortKey("timestamp", descending);
                List<Object> order = ids(fetchAll(db, "Post", sort, List.of(), 50));
                // fine steps near the end, where the rows after the interpolated key run out into the nulls
                for (int permille = 100; permille < 1000; permille += permille < 800 ? 100 : 1) {
                    double fraction = permille / 1000.0;
                    Page page = db.pages().fetch(request("Post", sort, List.of(), 25).at(new Anchor.Fraction(fraction)), NO_CANCEL);
                    int start = order.indexOf(ids(page.rows()).get(0));
                    String what = "descending=" + descending + ", fraction " + fraction;
                    assertThat(page.rows()).as(what).hasSize(25);
                    assertThat(ids(page.rows())).as(what).containsExactlyElementsOf(order.subList(start, start + 25));
                    assertThat(page.moreAfter()).as(what).isEqualTo(start + 25 < order.size());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aPageOfPostsWithAuthorAndTagsTakesTwoStatements(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            // a page's statements are Rowboat's own, kept prepared and reused; any from HQL Hibernate prepares
            db.statistics().clear();
            long before = db.pages().statementsRun();
            db.pages().fetch(request("Post", new SortKey("timestamp", true), List.of(), 100), NO_CANCEL);
            assertThat(db.pages().statementsRun() - before + db.statistics().getPrepareStatementCount()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void pagesAndGoToIdRunOnAPooledConnectionWithNoHibernateSession(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            // their statements are Rowboat's own: a session opened for each was a few percent of an H2 page
            db.statistics().clear();
            SortKey newestFirst = new SortKey("timestamp", true);
            db.pages().fetch(request("Post", newestFirst, List.of(), 100), NO_CANCEL);
            Key key = db.pages().keyOf("Post", newestFirst, List.of(), "3", NO_CANCEL).orElseThrow();
            db.pages().fetch(new PageRequest("Post", newestFirst, List.of(), new Anchor.At(key), 100), NO_CANCEL);
            db.pages().fractionOf("Post", newestFirst, List.of(), null, key, NO_CANCEL);
            assertThat(db.statistics().getSessionOpenCount()).isZero();
            db.pages().count("Post", List.of(), NO_CANCEL);
            assertThat(db.statistics().getSessionOpenCount()).as("a count still opens one, and is counted").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void toManyCountsAreRightWhetherThePageIdsLieCloseTogetherOrFarApart(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample(s -> SampleData.populateBulk(s, 3, 200, 11))) {
            Map<Long, Long> expected = new HashMap<>();
            db.inTransaction(s -> s.createSelectionQuery("select p.id, size(p.tags) from Post p", Object[].class).getResultList()
                    .forEach(t -> expected.put(((Number) t[0]).longValue(), ((Number) t[1]).longValue())));
            // in id order a page's ids are a short range; in timestamp order they are scattered
            for (SortKey sort : new SortKey[] {null, new SortKey("timestamp", false)}) {
                List<Row> rows = fetchAll(db, "Post", sort, List.of(), 7);
                assertThat(rows).hasSize(206);
                for (Row row : rows) {
                    long id = ((Number) row.id()).longValue();
                    assertThat(((CountValue) cell(db, "Post", row, "tags")).count()).as("tags of post " + id).isEqualTo(expected.get(id));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void rowCountsComeFromStatisticsOrABoundedCount(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            RowCount users = db.rowCounts().estimate(db.catalog().get("User").table());
            assertThat(users.value()).isEqualTo(4);
            assertThat(db.pages().count("Post", List.of(new Filter("author", FilterOp.EQUALS, "john")), NO_CANCEL)).isEqualTo(3);
        }
    }

    static PageRequest request(String entity, SortKey sort, List<Filter> filters, int size) {
        return new PageRequest(entity, sort, filters, Anchor.first(), size);
    }

    static List<Row> fetchAll(OpenDatabase db, String entity, SortKey sort, List<Filter> filters, int size) {
        List<Row> all = new ArrayList<>();
        Page page = db.pages().fetch(request(entity, sort, filters, size), NO_CANCEL);
        all.addAll(page.rows());
        while (page.moreAfter()) {
            page = db.pages().fetch(request(entity, sort, filters, size).at(new Anchor.After(page.rows().get(page.rows().size() - 1).key())), NO_CANCEL);
            all.addAll(page.rows());
        }
        return all;
    }

    private static List<String> bodies(OpenDatabase db, Filter filter) {
        return fetchAll(db, "Post", null, List.of(filter), 100).stream().map(r -> (String) cell(db, "Post", r, "body")).toList();
    }

    private static List<Object> ids(List<Row> rows) {
        return rows.stream().map(r -> (Object) ((Number) r.id()).longValue()).toList();
    }

    static Object cell(OpenDatabase db, String entity, Row row, String attribute) {
        EntityInfo info = db.catalog().get(entity);
        return row.cells().get(info.attributes().indexOf(info.attribute(attribute).orElseThrow()));
    }

    private static Comparator<Row> byTimestamp(OpenDatabase db, boolean nullsHigh, boolean descending) {
        Comparator<LocalDateTime> values = nullsHigh ? Comparator.nullsLast(Comparator.naturalOrder())
                : Comparator.nullsFirst(Comparator.naturalOrder());
        Comparator<Row> ascending = Comparator.comparing((Row r) -> (LocalDateTime) cell(db, "Post", r, "timestamp"), values)
                .thenComparing(r -> ((Number) r.id()).longValue());
        return descending ? ascending.reversed() : ascending;
    }

}
