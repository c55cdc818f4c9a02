package dev.rowboat.data.transfer;

import java.util.List;

/**
 * A file read as rows of text, before any conversion: the column names its header (or its JSON
 * keys) give, and each row's texts in that order, null for NULL.
 *
 * @param format "CSV (;)" or "JSON", as the preview states what it detected
 */
public record ImportTable(String format, List<String> columns, List<Row> rows) {
    public ImportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One row of the file.
     *
     * @param line the line it starts on
     * @param values its texts in the order of {@link #columns()}; null for NULL
     */
    public record Row(int line, List<String> values) {
    }
}
