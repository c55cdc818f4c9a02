package dev.rowboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.RowCount;
import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.edit.RowRef;
import dev.rowboat.ui.grid.EntityTableViewModel;
import dev.rowboat.ui.grid.GridPaste;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ctrl+V of spreadsheet or CSV text into a grid, without a window. */
class GridPasteTest {
    @Test
    void textSplitsByTabsElseByTheCsvDelimiterWithQuotes() {
        assertThat(GridPaste.cells("a\tb\r\n\tc\r\n")).containsExactly(List.of("a", "b"), List.of("", "c"));
        assertThat(GridPaste.cells("x;\"y;z\"\n1;2")).containsExactly(List.of("x", "y;z"), List.of("1", "2"));
        assertThat(GridPaste.cells("")).isEmpty();
    }

    @Test
    void pastedCellsOverwriteTheRowsBelowAndAddRowsPastTheLastAsOneUndoableStep() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2); OpenDatabase db = test.openWithSample()) {
            ChangesViewModel changes = new ChangesViewModel(db::changes, new DirectTaskExecutor());
            EntityTableViewModel grid = new EntityTableViewModel(db.pages(), db.catalog().get("Post"), new RowCount(8, RowCount.Precision.EXACT),
                    new DirectTaskExecutor(), changes);
            grid.loadFirst();
            List<AttributeInfo> columns = db.catalog().get("Post").attributes().stream().filter(a -> a.kind() != dev.rowboat.data.catalog.AttributeKind.TO_MANY).toList();
            int body = columns.indexOf(db.catalog().get("Post").attribute("body").orElseThrow());
            int last = grid.rows().size() - 1;
            Object lastId = grid.rows().get(last).id();

            grid.paste(last, columns, body, "changed body\t2024-05-31 14:30\t1\nnew body\t2024-06-01T08:00\t2\n");
            assertThat(changes.messageProperty().get()).isEqualTo("Pasted 1 changed row and 1 new row; Undo takes it back.");
            assertThat(grid.messageProperty().get()).isEmpty();
            assertThat(changes.pending().count()).isEqualTo(2);
            assertThat(changes.pending().valueOf(RowRef.existing("Post", lastId), "body", null)).isEqualTo("changed body");
            RowRef added = changes.pending().newRows("Post").get(0);
            assertThat(changes.pending().valueOf(added, "author", null)).isEqualTo(new RefValue("User", 2, null));
            assertThat(changes.undoStack().undoTextProperty().get()).isEqualTo("Undo paste of 2 rows");
            changes.undo();
            assertThat(changes.pending().count()).isZero();

            grid.paste(last, columns, body, "fine\t2024-05-31 14:30\nbad\tnot a date\n");
            assertThat(grid.messageProperty().get()).isEqualTo("Nothing was pasted: row 2, timestamp: \"not a date\" is not a date and time like 2024-05-31 14:30 (timestamp).");
            assertThat(changes.pending().count()).isZero();

            grid.paste(0, columns, 0, "99\tx\n");
            assertThat(grid.messageProperty().get()).startsWith("Nothing was pasted: id cannot be edited");
            assertThat(changes.pending().count()).isZero();

            grid.paste(last, columns, body, "saved by paste\n");
            changes.save();
            assertThat(changes.messageProperty().get()).isEqualTo("Saved 1 change.");
        }
    }
}
