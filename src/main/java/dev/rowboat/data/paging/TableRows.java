package dev.rowboat.data.paging;

import java.io.IOException;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rows as their table stores them, every column in the table's order (a to-one as its foreign
 * key's value, not its label), read in a stable order with keyset pages: what an export streams.
 * Each page is its own short statement after the last row's key, so no cursor stays open and the
 * heap holds one page.
 */
public interface TableRows {
    /** Takes the pages as they are read. */
    interface PageHandler {
        void columns(List<String> names) throws IOException;

        void page(List<Object[]> rows) throws IOException;
    }

    /** The table's name as it is written to (H2's upper-case names in lower case). */
    String table();

    /** An exact count of the rows that will be read. */
    long count(QueryCancel cancel);

    /**
     * Reads every row a page at a time; the columns come first, even when there is no row. Stops
     * with a CANCELLED failure when {@code cancel} is set.
     */
    void read(int pageSize, QueryCancel cancel, PageHandler handler) throws IOException;

    /** H2 stores unquoted names in upper case; their portable form is lower case, as the other databases have them. */
    static String portable(String name, boolean h2) {
        return h2 && name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** The first {@code width} column names of a result, portable. */
    static List<String> names(ResultSetMetaData meta, int width, boolean h2) throws SQLException {
        List<String> names = new ArrayList<>(width);
        for (int i = 1; i <= width; i++) {
            names.add(portable(meta.getColumnName(i), h2));
        }
        return names;
    }
}
