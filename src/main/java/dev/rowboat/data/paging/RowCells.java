package dev.rowboat.data.paging;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A row's cells as one read-only list over the array they were made in, which nothing else
 * keeps: where {@link Row} would wrap a list of them in a read-only view, a page of a hundred rows
 * made two lists a row, a tenth of the objects a grid's page makes on H2 beyond what the driver makes.
 */
final class RowCells extends AbstractList<Object> implements RandomAccess {
    private final Object[] cells;

    /** @param cells handed over: no one writes to it after this */
    RowCells(Object[] cells) {
        this.cells = cells;
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
