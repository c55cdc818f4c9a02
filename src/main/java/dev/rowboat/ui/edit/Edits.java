package dev.rowboat.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The edit commands the grids issue; each keeps what it needs to revert itself. */
public final class Edits {
    private Edits() {
    }

    /** Sets one cell. */
    public static EditCommand setCell(PendingEdits pending, RowRef row, String attribute, Object readValue, Object value) {
        PendingRow before = pending.snapshot(row);
        return command("edit " + attribute, () -> pending.setValue(row, attribute, readValue, value), () -> pending.restore(row, before));
    }

    /** Adds a new row with these values (empty for a blank row, copied for a duplicate). */
    public static EditCommand addRow(PendingEdits pending, String entity, Map<String, Object> values, String what) {
        RowRef row = RowRef.added(entity, pending.nextNewRowNumber());
        return command(what, () -> pending.addRow(row, values), () -> pending.restore(row, null));
    }

    /**
     * Imported rows, as one step to undo: new rows as a person adds them, and for rows whose key
     * exists (upsert) the changed values with the values read, as a person's edits of those cells.
     *
     * @param changed existing row id to attribute to {read value, new value}
     */
    public static EditCommand importRows(PendingEdits pending, String entity, List<Map<String, Object>> added,
                                         Map<Object, Map<String, Object[]>> changed, String what) {
        Map<RowRef, Map<String, Object[]>> updates = new java.util.LinkedHashMap<>();
        changed.forEach((id, values) -> updates.put(RowRef.existing(entity, id), values));
        return cells(pending, entity, added, updates, what);
    }

    /**
     * Cells of rows in the grid (existing or new) and new rows, as one step to undo: a paste.
     *
     * @param changed row to attribute to {read value, new value}
     */
    public static EditCommand cells(PendingEdits pending, String entity, List<Map<String, Object>> added,
                                    Map<RowRef, Map<String, Object[]>> changed, String what) {
        Map<RowRef, Map<String, Object>> rows = new java.util.LinkedHashMap<>();
        for (Map<String, Object> values : added) {
            rows.put(RowRef.added(entity, pending.nextNewRowNumber()), values);
        }
        Map<RowRef, Map<String, Object[]>> updates = changed;
        Map<RowRef, PendingRow> before = new java.util.HashMap<>();
        rows.keySet().forEach(row -> before.put(row, null));
        updates.keySet().forEach(row -> before.put(row, pending.snapshot(row)));
        return command(what, () -> {
            pending.addRows(rows);
            pending.setValues(updates);
        }, () -> pending.restoreAll(before));
    }

    /** Marks rows deleted; new rows simply go. */
    public static EditCommand deleteRows(PendingEdits pending, List<RowRef> refs, List<Map<String, Object>> readValues) {
        List<PendingRow> before = new ArrayList<>();
        refs.forEach(ref -> before.add(pending.snapshot(ref)));
        String what = refs.size() == 1 ? "delete row" : "delete " + refs.size() + " rows";
        return command(what, () -> {
            for (int i = 0; i < refs.size(); i++) {
                pending.delete(refs.get(i), readValues.get(i));
            }
        }, () -> {
            for (int i = 0; i < refs.size(); i++) {
                pending.restore(refs.get(i), before.get(i));
            }
        });
    }

    /** Links or unlinks two rows of a many-to-many; the opposite pending change is taken back instead. */
    public static EditCommand link(PendingEdits pending, PendingLink change) {
        List<PendingLink> before = pending.linkSnapshot();
        return command(change.toString() + " in " + change.association(), () -> pending.toggleLink(change),
                () -> pending.restoreLinks(before));
    }

    private static EditCommand command(String description, Runnable apply, Runnable revert) {
        return new EditCommand() {
            @Override
            public void apply() {
                apply.run();
            }

            @Override
            public void revert() {
                revert.run();
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
