package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.data.paging.SortKey;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rows one row holds through an association, for clicking through relationships of every kind. */
class ScopedPagesTest {
    private static List<String> labels(OpenDatabase db, String entity, String attribute, Scope scope) {
        var info = db.catalog().get(entity);
        int index = info.attributes().indexOf(info.attribute(attribute).orElseThrow());
        Page page = db.pages().fetch(new PageRequest(entity, null, List.of(), Anchor.first(), 100, scope), QueryCancel.none());
        return page.rows().stream().map(r -> String.valueOf(r.cells().get(index))).toList();
    }

    private static List<Object> cells(OpenDatabase db, String entity, String attribute, Scope scope, List<Filter> filters) {
        var info = db.catalog().get(entity);
        int index = info.attributes().indexOf(info.attribute(attribute).orElseThrow());
        Page page = db.pages().fetch(new PageRequest(entity, new SortKey(attribute, false), filters, Anchor.first(), 100, scope),
                QueryCancel.none());
        return page.rows().stream().map(r -> r.cells().get(index)).toList();
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void eachKindOfAssociationLeadsToItsRows(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            assertThat(labels(db, "Post", "body", new Scope("User", 1, "posts")))
                    .as("one-to-many: john's posts").containsExactly("Beautiful day in Portland!", "Learning Flask-Migrate today.", "My first post with tags.");
            assertThat(labels(db, "User", "username", new Scope("Post", 4, "author"))).as("many-to-one").containsExactly("susan");
            assertThat(labels(db, "User", "username", new Scope("User", 1, "followed"))).as("many-to-many, self").containsExactly("susan", "mary");
            assertThat(labels(db, "User", "username", new Scope("User", 1, "followers"))).as("its inverse").containsExactly("susan");
            assertThat(labels(db, "Tag", "name", new Scope("Post", 1, "tags"))).as("many-to-many through post_tag").containsExactly("flask");
            assertThat(labels(db, "Profile", "aboutMe", new Scope("User", 2, "profile"))).as("one-to-one").containsExactly("Movies and coffee.");
            assertThat(labels(db, "Post", "body", new Scope("User", 4, "posts"))).as("david has none").isEmpty();
            Scope johns = new Scope("User", 1, "posts");
            assertThat(cells(db, "Post", "author", johns, List.of())).as("the owner, read once for the page")
                    .containsOnly(new RefValue("User", 1, "john")).hasSize(3);
            assertThat(cells(db, "Post", "author", johns, List.of(new Filter("author", FilterOp.EQUALS, "john")))).hasSize(3);
            assertThat(cells(db, "Post", "author", johns, List.of(new Filter("author", FilterOp.EQUALS, "susan")))).isEmpty();
            assertThat(db.pages().count("Post", List.of(new Filter("body", FilterOp.CONTAINS, "flask")), new Scope("User", 1, "posts"), QueryCancel.none()))
                    .isEqualTo(1);
            assertThat(db.pages().keyOf("Post", null, List.of(), new Scope("User", 1, "posts"), "4", QueryCancel.none()))
                    .as("susan's post is not john's").isEmpty();
            assertThatThrownBy(() -> labels(db, "Tag", "name", new Scope("User", 1, "posts")))
                    .isInstanceOf(DatabaseException.class).hasMessage("User.posts does not lead to Tag.");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void theScopedRowsPageByKeysetInBothOrders(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample(s -> SampleData.populateBulk(s, 3, 600, 11))) {
            Object someone = db.pages().fetch(new PageRequest("User", null, List.of(), Anchor.last(), 1), QueryCancel.none()).rows().get(0).id();
            Scope scope = new Scope("User", someone, "posts");
            long expected = db.pages().count("Post", List.of(), scope, QueryCancel.none());
            assertThat(expected).isGreaterThan(100);
            for (SortKey sort : new SortKey[] {null, new SortKey("timestamp", true)}) {
                List<Object> seen = new ArrayList<>();
                Page page = db.pages().fetch(new PageRequest("Post", sort, List.of(), Anchor.first(), 50, scope), QueryCancel.none());
                page.rows().forEach(r -> seen.add(r.id()));
                while (page.moreAfter()) {
                    Row last = page.rows().get(page.rows().size() - 1);
                    page = db.pages().fetch(new PageRequest("Post", sort, List.of(), new Anchor.After(last.key()), 50, scope), QueryCancel.none());
                    page.rows().forEach(r -> seen.add(r.id()));
                }
                assertThat(seen).doesNotHaveDuplicates().hasSize((int) expected);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void rowsThatReferToARowAreCountedAndListedEvenWithoutAWayBack(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            List<dev.rowboat.data.paging.Reference> toJohn = db.pages().referencesTo("User", 1, QueryCancel.none());
            assertThat(toJohn).containsExactlyInAnyOrder(
                    new dev.rowboat.data.paging.Reference("Post", "author", 3), new dev.rowboat.data.paging.Reference("Profile", "user", 1));
            Scope incoming = new dev.rowboat.data.paging.Reference("Post", "author", 3).scopeFrom("User", 1);
            assertThat(labels(db, "Post", "body", incoming)).hasSize(3).contains("Beautiful day in Portland!");
            assertThat(db.pages().referencesTo("User", 4, QueryCancel.none()))
                    .containsExactlyInAnyOrder(new dev.rowboat.data.paging.Reference("Post", "author", 0),
                            new dev.rowboat.data.paging.Reference("Profile", "user", 0));
            assertThatThrownBy(() -> labels(db, "Post", "body", new Scope("Tag", 1, "author", true)))
                    .isInstanceOf(DatabaseException.class).hasMessage("Post.author does not refer to Tag.");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aChosenLabelNamesTheRowsInLinks(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            assertThat(labels(db, "Post", "author", null)).startsWith("john");
            db.chooseLabel("User", "email");
            assertThat(labels(db, "Post", "author", null)).startsWith("john@example.com");
            db.refreshCatalog();
            assertThat(db.catalog().get("User").label()).as("kept when the schema is read again").isEqualTo("email");
            assertThatThrownBy(() -> db.chooseLabel("User", "posts")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
