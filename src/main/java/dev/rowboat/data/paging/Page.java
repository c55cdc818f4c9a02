package dev.rowboat.data.paging;

import java.util.List;

/** Rows in display order, and whether the order goes on before and after them. */
public record Page(List<Row> rows, boolean moreBefore, boolean moreAfter) {
    public Page {
        rows = List.copyOf(rows);
    }
}
