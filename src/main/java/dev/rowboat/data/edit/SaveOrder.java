package dev.rowboat.data.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order a save runs its edits in: inserts, each after the new rows it refers to and after
 * rows of entities it references; then updates as given; then deletes, rows that refer to others
 * before those they refer to; then the console's statements, in the order they were run.
 */
final class SaveOrder {
    private final List<RowEdit> edits;
    private final Map<Integer, Integer> insertByNumber = new HashMap<>();
    private final Set<Integer> placed = new LinkedHashSet<>();
    private final Set<Integer> visiting = new HashSet<>();
    private final Set<Integer> circular = new LinkedHashSet<>();

    private SaveOrder(List<RowEdit> edits) {
        this.edits = edits;
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i) instanceof InsertRow insert) {
                insertByNumber.putIfAbsent(insert.newRowNumber(), i);
            }
        }
    }

    /** Edit indexes in the order the save runs them. */
    static List<Integer> of(List<RowEdit> edits, SaveTables tables) {
        SaveOrder order = new SaveOrder(edits);
        List<Integer> inserts = indexes(edits, InsertRow.class);
        inserts.sort(Comparator.comparingInt(i -> tables.depth(edits.get(i).entity())));
        inserts.forEach(order::place);
        List<Integer> result = new ArrayList<>(order.placed);
        result.addAll(indexes(edits, UpdateRow.class));
        result.addAll(indexes(edits, UnlinkRow.class));
        result.addAll(indexes(edits, LinkRow.class));
        List<Integer> deletes = indexes(edits, DeleteRow.class);
        deletes.sort(Comparator.comparingInt((Integer i) -> tables.depth(edits.get(i).entity())).reversed());
        result.addAll(deletes);
        result.addAll(indexes(edits, ConsoleWrite.class)); // in the order they were run, after the grids' edits
        return result;
    }

    /** Inserts that refer to each other in a circle: no order inserts them. */
    static Set<Integer> circularInserts(List<RowEdit> edits) {
        SaveOrder order = new SaveOrder(edits);
        indexes(edits, InsertRow.class).forEach(order::place);
        return order.circular;
    }

    private void place(int index) {
        if (placed.contains(index)) {
            return;
        }
        if (!visiting.add(index)) {
            circular.add(index);
            return;
        }
        for (Object value : ((InsertRow) edits.get(index)).values().values()) {
            if (value instanceof NewRowRef ref && insertByNumber.containsKey(ref.newRowNumber())) {
                place(insertByNumber.get(ref.newRowNumber()));
            }
        }
        visiting.remove(index);
        placed.add(index);
    }

    private static List<Integer> indexes(List<RowEdit> edits, Class<? extends RowEdit> type) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            if (type.isInstance(edits.get(i))) {
                found.add(i);
            }
        }
        return found;
    }
}
