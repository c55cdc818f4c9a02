package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.paging.LabelMatch;
import dev.rowboat.data.paging.LabelPage;
import dev.rowboat.data.paging.LabelSearch;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The picker's search: by label, on the server, a page at a time, never the whole table. */
class LabelSearchTest {
    private static List<Object> labels(LabelPage page) {
        return page.matches().stream().map(LabelMatch::label).toList();
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void findsLabelsContainingTheTextInAnyCaseInLabelOrder(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            LabelSearch search = new LabelSearch(db.pages());
            assertThat(labels(search.search("User", "", null, null, 50, QueryCancel.none())))
                    .containsExactly("david", "john", "mary", "susan");
            assertThat(labels(search.search("User", "A", null, null, 50, QueryCancel.none()))).containsExactly("david", "mary", "susan");
            assertThat(search.search("User", "JOHN", null, null, 50, QueryCancel.none()).matches())
                    .containsExactly(new LabelMatch("User", 1, "john"));
            assertThat(labels(search.search("User", "%", null, null, 50, QueryCancel.none()))).as("wildcards are plain text").isEmpty();
            assertThat(labels(search.search("User", "#3", null, null, 50, QueryCancel.none()))).as("by id").containsExactly("mary");
            assertThat(labels(search.search("Tag", "", new Scope("Post", 1, "tags"), null, 50, QueryCancel.none())))
                    .as("within what a post holds").containsExactly("flask");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void whatAnOwnerCanStillLinkLeavesOutWhatItHolds(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            LabelSearch search = new LabelSearch(db.pages());
            List<Object> all = labels(search.search("Tag", "", null, null, 50, QueryCancel.none()));
            List<Object> held = labels(search.search("Tag", "", new Scope("Post", 1, "tags"), null, 50, QueryCancel.none()));
            List<Object> outside = labels(search.searchOutside("Tag", "", new Scope("Post", 1, "tags"), null, 50, QueryCancel.none()));
            assertThat(held).containsExactly("flask");
            assertThat(outside).as("every tag but flask, in label order").doesNotContain("flask").hasSize(all.size() - 1)
                    .isSubsetOf(all);
            assertThat(labels(search.searchOutside("Tag", "FLA", new Scope("Post", 1, "tags"), null, 50, QueryCancel.none()))).isEmpty();
            assertThat(labels(search.searchOutside("User", "", new Scope("User", 1, "followed"), null, 50, QueryCancel.none())))
                    .as("john follows susan and mary: he can follow david and himself").containsExactly("david", "john");
            assertThat(labels(search.searchOutside("Tag", "", new Scope("Post", null, "tags"), null, 50, QueryCancel.none())))
                    .as("a new post holds nothing yet").isEqualTo(all);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void pagesFollowEachOtherByKeysetWithoutGapsOrRepeats(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample(s -> SampleData.populateBulk(s, 230, 0, 5))) {
            LabelSearch search = new LabelSearch(db.pages());
            List<Object> seen = new ArrayList<>();
            LabelPage page = search.search("User", "_1", null, null, 50, QueryCancel.none());
            assertThat(page.matches()).hasSize(50);
            assertThat(page.more()).isTrue();
            seen.addAll(labels(page));
            while (page.more()) {
                page = search.search("User", "_1", null, page.last(), 50, QueryCancel.none());
                seen.addAll(labels(page));
            }
            // bulk users _1, _10.._19, _100.._199 and _1 of... : every label holding "_1"
            long expected = db.pages().count("User", List.of(new dev.rowboat.data.paging.Filter("username",
                    dev.rowboat.data.paging.FilterOp.CONTAINS, "_1")), QueryCancel.none());
            assertThat(seen).doesNotHaveDuplicates().hasSize((int) expected).isSortedAccordingTo((a, b) -> 0);
            assertThat(expected).isEqualTo(1 + 10 + 100);
        }
    }
}
