package dev.rowboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.RowCount;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.grid.EntityTableViewModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The grid's behaviour without a window: a bounded window moved by keyset pages. */
class EntityTableViewModelTest {
    private static TestDatabase test;
    private static OpenDatabase db;

    @BeforeAll
    static void bigTable() {
        test = TestDatabase.create(Dbms.H2);
        db = test.open();
        db.createTablesIfEmpty();
        db.inTransaction(s -> SampleData.populateBulk(s, 20, 2_500, 3));
    }

    @AfterAll
    static void close() {
        db.close();
        test.close();
    }

    private EntityTableViewModel grid() {
        return new EntityTableViewModel(db.pages(), db.catalog().get("Post"), new RowCount(2_500, RowCount.Precision.ESTIMATE),
                new DirectTaskExecutor(), new ChangesViewModel(db::changes, new DirectTaskExecutor()));
    }

    @Test
    void scrollingDownKeepsAtMostTheWindowInMemoryAndKnowsWhereItIs() {
        EntityTableViewModel grid = grid();
        grid.loadFirst();
        assertThat(grid.rows()).hasSize(EntityTableViewModel.PAGE_SIZE);
        assertThat(grid.positionProperty().get()).isEqualTo("Rows 1–100 of ≈2,500");
        List<Integer> shifts = new ArrayList<>();
        grid.setOnWindowShift(shifts::add);
        for (int i = 0; i < 24; i++) {
            grid.loadNext();
            assertThat(grid.rows().size()).isLessThanOrEqualTo(EntityTableViewModel.WINDOW_ROWS);
        }
        assertThat(grid.moreAfterProperty().get()).isFalse();
        assertThat(grid.rows()).hasSize(EntityTableViewModel.WINDOW_ROWS);
        assertThat(((Number) grid.rows().get(grid.rows().size() - 1).id()).intValue()).isEqualTo(2_500);
        assertThat(grid.positionProperty().get()).isEqualTo("Rows 1,501–2,500 of 2,500 (end)");
        assertThat(shifts).isNotEmpty().allMatch(s -> s < 0);
        grid.loadNext(); // at the end: nothing happens
        assertThat(grid.rows()).hasSize(EntityTableViewModel.WINDOW_ROWS);
    }

    @Test
    void scrollingBackUpFromTheEndReachesTheFirstRowAgain() {
        EntityTableViewModel grid = grid();
        grid.loadLast();
        assertThat(((Number) grid.rows().get(grid.rows().size() - 1).id()).intValue()).isEqualTo(2_500);
        while (grid.moreBeforeProperty().get()) {
            grid.loadPrevious();
            assertThat(grid.rows().size()).isLessThanOrEqualTo(EntityTableViewModel.WINDOW_ROWS);
        }
        assertThat(((Number) grid.rows().get(0).id()).intValue()).isEqualTo(1);
        assertThat(grid.positionProperty().get()).startsWith("Rows 1–1,000");
    }

    @Test
    void goToIdSelectsTheRowOrSaysWhyNot() {
        EntityTableViewModel grid = grid();
        grid.loadFirst();
        grid.goToId("1234");
        assertThat(((Number) grid.rows().get(0).id()).intValue()).isEqualTo(1234);
        assertThat(grid.selectRequestProperty().get()).isZero();
        assertThat(grid.positionProperty().get()).as("where the row lies, estimated from the ids")
                .isEqualTo("≈ rows 1,234–1,333 of ≈2,500");
        assertThat(grid.fractionProperty().get()).isCloseTo(0.49, org.assertj.core.data.Offset.offset(0.01));
        grid.goToId("1");
        assertThat(grid.positionProperty().get()).as("nothing comes before it: exact").isEqualTo("Rows 1–100 of ≈2,500");
        grid.goToId("2500");
        assertThat(grid.positionProperty().get()).as("the largest id is the last row, not one past it")
                .isEqualTo("≈ rows 2,500–2,500 of ≈2,500 (end)");
        grid.goToId("999999");
        assertThat(grid.messageProperty().get()).isEqualTo("There is no Post with id 999999.");
        grid.goToId("abc");
        assertThat(grid.messageProperty().get()).contains("\"abc\" is not a whole number");
        grid.setFilter(new Filter("id", FilterOp.LESS_THAN, "10"));
        grid.goToId("50");
        assertThat(grid.messageProperty().get()).isEqualTo("Post 50 exists but the filters hide it. Clear them to see it.");
    }

    @Test
    void aFilterThatCannotBeReadSaysSoAndKeepsTheRows() {
        EntityTableViewModel grid = grid();
        grid.loadFirst();
        grid.setFilter(new Filter("timestamp", FilterOp.GREATER_THAN, "yesterday"));
        assertThat(grid.messageProperty().get()).contains("\"yesterday\" is not a date and time like 2024-05-31 14:30");
        assertThat(grid.rows()).hasSize(EntityTableViewModel.PAGE_SIZE);
        grid.setFilter(new Filter("timestamp", FilterOp.GREATER_THAN, ""));
        assertThat(grid.messageProperty().get()).isEmpty();
    }

    @Test
    void sortingReloadsFromTheServerInTheNewOrder() {
        EntityTableViewModel grid = grid();
        grid.loadFirst();
        grid.sortBy("id", true);
        assertThat(((Number) grid.rows().get(0).id()).intValue()).isEqualTo(2_500);
        grid.sortBy(null, false);
        assertThat(((Number) grid.rows().get(0).id()).intValue()).isEqualTo(1);
    }

    @Test
    void countingRowsGivesTheExactNumber() {
        EntityTableViewModel grid = grid();
        grid.loadFirst();
        grid.countRows();
        assertThat(grid.messageProperty().get()).isEqualTo("2,500 rows in Post.");
        assertThat(grid.rowCountProperty().get()).isEqualTo(new RowCount(2_500, RowCount.Precision.EXACT));
    }

    @Test
    void jumpingToTheMiddleShowsRowsFromThere() {
        EntityTableViewModel grid = grid();
        grid.loadFirst();
        grid.jumpTo(0.5);
        int first = ((Number) grid.rows().get(0).id()).intValue();
        assertThat(first).isBetween(1_200, 1_300);
        assertThat(grid.positionProperty().get()).startsWith("≈ rows 1,251–1,350");
        grid.loadPrevious();
        assertThat(((Number) grid.rows().get(0).id()).intValue()).isEqualTo(first - 100);
    }

    @Test
    void deletingARowOthersReferToSaysSoBeforeSave() {
        try (TestDatabase sample = TestDatabase.create(Dbms.H2); OpenDatabase small = sample.openWithSample()) {
            EntityTableViewModel users = new EntityTableViewModel(small.pages(), small.catalog().get("User"), null,
                    new DirectTaskExecutor(), new ChangesViewModel(small::changes, new DirectTaskExecutor()));
            users.loadFirst();
            users.delete(List.of(users.rows().get(0)));
            assertThat(users.messageProperty().get()).startsWith("User 1 is still referred to by 3 Post.author and 1 Profile.user rows.");
            assertThat(users.changes().pending().count()).isEqualTo(1);
            users.delete(List.of(users.rows().get(3))); // david: nobody refers to him
            assertThat(users.changes().pending().count()).isEqualTo(2);
        }
    }
}
