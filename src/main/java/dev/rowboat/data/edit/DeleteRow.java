package dev.rowboat.data.edit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Deletes one row, if it still holds the values the person saw (its basic attributes). */
public record DeleteRow(String entity, Object id, Map<String, Object> original) implements RowEdit {
    public DeleteRow {
        original = Collections.unmodifiableMap(new LinkedHashMap<>(original));
    }
}
