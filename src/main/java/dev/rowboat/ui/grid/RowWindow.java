package dev.rowboat.ui.grid;

import dev.rowboat.data.paging.Key;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows a grid holds: at most {@link #MAX_ROWS} of the whole order, moved page by page.
 * Pending new rows stand at its top, above the rows read from the database.
 */
final class RowWindow {
    static final int MAX_ROWS = 1_000;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty moreBefore = new SimpleBooleanProperty();
    private final BooleanProperty moreAfter = new SimpleBooleanProperty();
    /** Position of the first read row in the whole order. */
    private long start;
    /** False after a jump, whose position is an estimate. */
    private boolean exact = true;
    private IntConsumer onShift = shift -> { };

    ObservableList<Row> rows() { return rows; }
    BooleanProperty moreBeforeProperty() { return moreBefore; }
    BooleanProperty moreAfterProperty() { return moreAfter; }
    long start() { return start; }
    boolean isExact() { return exact; }

    /** The view keeps the visible rows in place when rows are added (+) or dropped (-) above them. */
    void setOnShift(IntConsumer listener) {
        this.onShift = listener;
    }

    /** Shows a new stretch of the order (first, last, a jump, a reload), keeping new rows on top. */
    void replace(Page page, long newStart, boolean newExact) {
        List<Row> shown = new ArrayList<>(rows.subList(0, newRowCount()));
        shown.addAll(page.rows());
        rows.setAll(shown);
        moreBefore.set(page.moreBefore());
        moreAfter.set(page.moreAfter());
        start = newStart;
        exact = newExact;
    }

    /** Adds the next page below; rows fall off the top beyond the limit. */
    void append(Page page) {
        rows.addAll(page.rows());
        moreAfter.set(page.moreAfter());
        int excess = rows.size() - MAX_ROWS;
        if (excess > 0) {
            rows.remove(newRowCount(), newRowCount() + excess);
            start += excess;
            moreBefore.set(true);
            onShift.accept(-excess);
        }
    }

    /** Adds the previous page above; rows fall off the bottom beyond the limit. */
    void prepend(Page page) {
        rows.addAll(newRowCount(), page.rows());
        moreBefore.set(page.moreBefore());
        start = Math.max(0, start - page.rows().size());
        if (!page.moreBefore()) {
            start = 0;
            exact = exact || rows.size() <= MAX_ROWS;
        }
        int excess = rows.size() - MAX_ROWS;
        if (excess > 0) {
            rows.remove(rows.size() - excess, rows.size());
            moreAfter.set(true);
        }
        onShift.accept(page.rows().size());
    }

    /** Shows exactly these new rows at the top. */
    void showNewRows(List<Row> wanted) {
        List<Row> current = rows.subList(0, newRowCount());
        if (!current.equals(wanted)) {
            int before = current.size();
            current.clear();
            rows.addAll(0, wanted);
            onShift.accept(wanted.size() - before);
        }
    }

    int persistedCount() {
        return rows.size() - newRowCount();
    }

    Key firstReadKey() {
        return rows.get(newRowCount()).key();
    }

    Key lastKey() {
        return rows.get(rows.size() - 1).key();
    }

    private int newRowCount() {
        int n = 0;
        while (n < rows.size() && GridEditing.isNew(rows.get(n))) {
            n++;
        }
        return n;
    }
}
