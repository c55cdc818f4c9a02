package dev.rowboat.data.paging;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A row's cells as one read-only list over the array they were made in, which nothing else
 * keeps (but the page that makes the row, until it is made: see {@link #fill}): where {@link Row} would wrap a list of them in a read-only view, a page of a hundred rows
 * made two lists a row, a tenth of the objects a grid's page makes on H2 beyond what the driver makes.
 */
final class RowCells extends AbstractList<Object> implements RandomAccess {
    private final Object[] cells;

    /** @param cells handed over: no one writes to it after this */
    RowCells(Object[] cells) {
        this.cells = cells;
    }

    /** Sets a cell while its page is made (a to-many count, known after the rows), before anyone sees the row. */
    void fill(int index, Object value) {
        cells[index] = value;
    }

    @Override
    public Object get(int index) {
        return cells[index];
    }

    @Override
    public int size() {
        return cells.length;
    }
}
