package dev.rowboat.ui.edit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is pending for one row: for a new row all its values; for an existing row the changed
 * values with the values read before; or its deletion.
 */
final class PendingRow {
    enum State { NEW, CHANGED, DELETED }

    State state;
    /** Values as read from the database, for the attributes that matter to the save's WHERE. */
    final Map<String, Object> original = new LinkedHashMap<>();
    /** The person's values: changed attributes, or all attributes given for a new row. */
    final Map<String, Object> values = new LinkedHashMap<>();
    /** Changes kept while the row is marked deleted, restored by undoing the delete. */
    State beforeDelete;

    PendingRow(State state) {
        this.state = state;
    }

    PendingRow copy() {
        PendingRow copy = new PendingRow(state);
        copy.original.putAll(original);
        copy.values.putAll(values);
        copy.beforeDelete = beforeDelete;
        return copy;
    }
}
