package dev.rowboat.data.transfer;

import dev.rowboat.data.paging.EntityPages;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.data.paging.SortKey;
import dev.rowboat.data.paging.TableRows;
import java.io.IOException;
import java.util.List;

/**
 * The rows of an entity's grid, as its filters, order and scope have them, or of a whole table
 * (no filter, ordered by the key): each row as its table stores it, every column.
 */
public final class GridExportSource implements ExportSource {
    private final TableRows rows;

    private GridExportSource(TableRows rows) {
        this.rows = rows;
    }

    /**
     * @param sort null for the key's order
     * @param scope null for the whole entity
     * @throws dev.rowboat.schema.DatabaseException NOT_FOUND for an entity the database has not,
     *     INVALID_VALUE for a filter or sort it cannot take
     */
    public static GridExportSource of(EntityPages pages, String entity, SortKey sort, List<Filter> filters, Scope scope) {
        return new GridExportSource(pages.tableRows(entity, sort, filters, scope));
    }

    /** Every row of the entity's table, in the key's order. */
    public static GridExportSource wholeTable(EntityPages pages, String entity) {
        return of(pages, entity, null, List.of(), null);
    }

    @Override
    public String table() {
        return rows.table();
    }

    @Override
    public long count(QueryCancel cancel) {
        return rows.count(cancel);
    }

    @Override
    public void read(int pageSize, QueryCancel cancel, PageConsumer consumer) throws IOException {
        rows.read(pageSize, cancel, new TableRows.PageHandler() {
            @Override
            public void columns(List<String> names) throws IOException {
                consumer.columns(names);
            }

            @Override
            public void page(List<Object[]> page) throws IOException {
                consumer.page(page);
            }
        });
    }
}
