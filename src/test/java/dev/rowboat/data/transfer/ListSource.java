package dev.rowboat.data.transfer;

import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Rows made on demand, a page at a time, as a database source hands them: for tests of the export's streaming. */
public final class ListSource implements ExportSource {
    private final List<String> columns;
    private final long rows;
    private final IntFunction<Object[]> row;
    final List<Integer> pageSizes = new ArrayList<>();

    public ListSource(List<String> columns, long rows, IntFunction<Object[]> row) {
        this.columns = columns;
        this.rows = rows;
        this.row = row;
    }

    static ListSource of(List<String> columns, List<Object[]> rows) {
        return new ListSource(columns, rows.size(), rows::get);
    }

    @Override
    public String table() {
        return "post";
    }

    @Override
    public long count(QueryCancel cancel) {
        return rows;
    }

    @Override
    public void read(int pageSize, QueryCancel cancel, PageConsumer consumer) throws IOException {
        consumer.columns(columns);
        for (int start = 0; start < rows; start += pageSize) {
            if (cancel.isCancelled()) {
                throw new DatabaseException(DatabaseException.Kind.CANCELLED, "cancelled");
            }
            List<Object[]> page = new ArrayList<>();
            for (int i = start; i < Math.min(rows, start + pageSize); i++) {
                page.add(row.apply(i));
            }
            pageSizes.add(page.size());
            consumer.page(page);
        }
    }
}
