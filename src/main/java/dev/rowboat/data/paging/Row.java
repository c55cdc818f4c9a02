package dev.rowboat.data.paging;

import java.util.Collections;
import java.util.List;

/**
 * One row as plain values, aligned with the entity's attributes: values for basic attributes,
 * {@link RefValue} for to-one, {@link CountValue} for to-many.
 */
public record Row(Key key, List<Object> cells) {
    public Row {
        // may hold nulls, so no List.copyOf; a page's own cells are read-only already
        cells = cells instanceof RowCells ? cells : Collections.unmodifiableList(cells);
    }

    public Object id() {
        return key.id();
    }
}
