package dev.rowboat.data.edit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Changed values of one existing row, with the values the person saw for those attributes, so
 * that a row changed by someone else since is detected instead of overwritten.
 */
public record UpdateRow(String entity, Object id, Map<String, Object> original, Map<String, Object> changed) implements RowEdit {
    public UpdateRow {
        original = Collections.unmodifiableMap(new LinkedHashMap<>(original));
        changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
    }
}
