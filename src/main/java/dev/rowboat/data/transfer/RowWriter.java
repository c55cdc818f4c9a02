package dev.rowboat.data.transfer;

import java.io.IOException;
import java.util.List;

/** Writes rows in one format: the column names first, then each row, then the end. */
public interface RowWriter {
    void begin(List<String> columns) throws IOException;

    /** One row, its values aligned with the columns (null for NULL). */
    void row(Object[] values) throws IOException;

    void end() throws IOException;
}
