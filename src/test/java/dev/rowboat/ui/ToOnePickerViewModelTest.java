package dev.rowboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.paging.LabelMatch;
import dev.rowboat.data.paging.LabelSearch;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.relations.ToOnePickerViewModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The picker's logic without a window: search, more on demand, choose, and clear only what may be NULL. */
class ToOnePickerViewModelTest {
    private static AttributeInfo toOne(boolean nullable) {
        return new AttributeInfo("author", AttributeKind.TO_ONE, Object.class, "user_id", "User", null, nullable, false, null);
    }

    @Test
    void searchesPagesAndChoosesWithoutReadingTheWholeTable() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2); OpenDatabase db = test.openWithSample(s -> SampleData.populateBulk(s, 120, 0, 1))) {
            List<RefValue> chosen = new ArrayList<>();
            var picker = new ToOnePickerViewModel(toOne(false), new LabelSearch(db.pages()), new DirectTaskExecutor(), chosen::add);
            picker.search().search("");
            assertThat(picker.search().matches()).hasSize(50);
            assertThat(picker.search().statusProperty().get()).isEqualTo("50+ found; scroll for more");
            picker.search().loadMore();
            picker.search().loadMore();
            assertThat(picker.search().matches()).hasSize(124);
            assertThat(picker.search().moreProperty().get()).isFalse();
            picker.search().search("SUS");
            assertThat(picker.search().matches()).extracting(LabelMatch::label).containsExactly("susan");
            picker.choose(picker.search().matches().get(0));
            assertThat(chosen).containsExactly(new RefValue("User", 2, "susan"));
            assertThat(picker.canClear()).isFalse();
            picker.clear();
            assertThat(chosen).hasSize(1);
            picker.search().search("nobody");
            assertThat(picker.search().statusProperty().get()).isEqualTo("Nothing matches \"nobody\".");
        }
    }

    @Test
    void aNullableReferenceCanBeCleared() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2); OpenDatabase db = test.openWithSample()) {
            List<RefValue> chosen = new ArrayList<>();
            var picker = new ToOnePickerViewModel(toOne(true), new LabelSearch(db.pages()), new DirectTaskExecutor(), chosen::add);
            picker.clear();
            assertThat(chosen).containsExactly((RefValue) null);
        }
    }
}
