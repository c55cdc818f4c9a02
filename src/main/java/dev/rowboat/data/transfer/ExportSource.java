package dev.rowboat.data.transfer;

import dev.rowboat.data.paging.QueryCancel;
import java.io.IOException;
import java.util.List;

/**
 * Rows to export, read a page at a time in a stable order: a page is handed on and dropped
 * before the next is read, so an export holds one page, whatever the number of rows.
 */
public interface ExportSource {
    /** The table that SQL INSERT statements write into. */
    String table();

    /** How many rows there are, or -1 where that is not known without reading them. */
    long count(QueryCancel cancel);

    /**
     * Reads every row, in order, a page of at most {@code pageSize} rows at a time; the columns
     * come first. Stops with a CANCELLED failure when {@code cancel} is set between pages.
     */
    void read(int pageSize, QueryCancel cancel, PageConsumer consumer) throws IOException;

    /** Takes the rows of a source as they are read. */
    interface PageConsumer {
        void columns(List<String> names) throws IOException;

        /** One page; its arrays are aligned with the columns. */
        void page(List<Object[]> rows) throws IOException;
    }
}
