package dev.rowboat.data.edit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A new row. Attributes left out get what the database or the model fills in (a generated id,
 * a default).
 *
 * @param newRowNumber identifies the row within one save, for {@link NewRowRef}s and generated ids
 */
public record InsertRow(String entity, int newRowNumber, Map<String, Object> values) implements RowEdit {
    public InsertRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // values may be null
    }
}
