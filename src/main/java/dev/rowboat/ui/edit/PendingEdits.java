package dev.rowboat.ui.edit;

import dev.rowboat.data.edit.DeleteRow;
import dev.rowboat.data.edit.InsertRow;
import dev.rowboat.data.edit.NewRowRef;
import dev.rowboat.data.edit.RowEdit;
import dev.rowboat.data.edit.RowProblem;
import dev.rowboat.data.edit.UpdateRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The changes of one connection that are not saved yet, across all its entities: the tutorial's
 * session between {@code add()} and {@code commit()}. Commands change it; Save turns it into
 * {@link RowEdit}s for one transaction; problems from validation or the database are kept per cell.
 */
public final class PendingEdits {
    private final Map<RowRef, PendingRow> rows = new LinkedHashMap<>();
    private final Map<RowRef, Map<String, String>> problems = new HashMap<>();
    private final PendingLinks links = new PendingLinks();
    private final Map<PendingLink, String> linkProblems = new HashMap<>();
    /** Statements the console ran that change data, in the order run; they are saved after the grids' edits. */
    private final List<dev.rowboat.data.edit.ConsoleWrite> consoleWrites = new ArrayList<>();
    private final Map<Integer, String> consoleProblems = new HashMap<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private int lastNewRow;

    /** How many rows have pending changes. */
    public ReadOnlyIntegerProperty countProperty() { return count.getReadOnlyProperty(); }

    /** Bumped on every change, so views know to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public int count() {
        return count.get();
    }

    public long countFor(String entity) {
        return rows.keySet().stream().filter(r -> r.entity().equals(entity)).count() + links.countFor(entity);
    }

    /** The pending links and unlinks of one owner's association, in the order made. */
    public List<PendingLink> links(RowRef owner, String association) {
        return links.of(owner, association);
    }

    /** Why the database refused a pending link, if it did. */
    public Optional<String> problem(PendingLink link) {
        return Optional.ofNullable(linkProblems.get(link));
    }

    List<PendingLink> linkSnapshot() {
        return links.all();
    }

    void restoreLinks(List<PendingLink> snapshot) {
        links.restore(snapshot);
        changed();
    }

    boolean toggleLink(PendingLink change) {
        boolean done = links.toggle(change);
        linkProblems.clear();
        changed();
        return done;
    }

    int nextNewRowNumber() {
        return ++lastNewRow;
    }

    /** The value a cell shows: the pending one if there is one, else what was read. */
    public Object valueOf(RowRef row, String attribute, Object readValue) {
        PendingRow pending = rows.get(row);
        return pending != null && pending.values.containsKey(attribute) ? pending.values.get(attribute) : readValue;
    }

    /** Whether the person gave this attribute a value (for a new row: else the database or model fills it). */
    public boolean hasValue(RowRef row, String attribute) {
        PendingRow pending = rows.get(row);
        return pending != null && pending.values.containsKey(attribute);
    }

    public boolean isChanged(RowRef row, String attribute) {
        PendingRow pending = rows.get(row);
        return pending != null && pending.state == PendingRow.State.CHANGED && pending.values.containsKey(attribute)
                || !links.of(row, attribute).isEmpty();
    }

    public boolean isNew(RowRef row) {
        PendingRow pending = rows.get(row);
        return pending != null && (pending.state == PendingRow.State.NEW || pending.beforeDelete == PendingRow.State.NEW);
    }

    public boolean isDeleted(RowRef row) {
        PendingRow pending = rows.get(row);
        return pending != null && pending.state == PendingRow.State.DELETED;
    }

    /** The problem of a cell (attribute) or of the whole row (null attribute), if any. */
    public Optional<String> problem(RowRef row, String attribute) {
        Map<String, String> ofRow = problems.get(row);
        return ofRow == null ? Optional.empty() : Optional.ofNullable(ofRow.get(attribute == null ? "" : attribute));
    }

    public List<RowRef> newRows(String entity) {
        return rows.entrySet().stream().filter(e -> e.getKey().entity().equals(entity) && e.getKey().isNew())
                .map(Map.Entry::getKey).toList();
    }

    /** Snapshot of one row's pending state, for a command to restore on undo. */
    PendingRow snapshot(RowRef row) {
        PendingRow pending = rows.get(row);
        return pending == null ? null : pending.copy();
    }

    void restore(RowRef row, PendingRow snapshot) {
        if (snapshot == null) {
            rows.remove(row);
        } else {
            rows.put(row, snapshot.copy());
        }
        changed();
    }

    void setValue(RowRef row, String attribute, Object readValue, Object value) {
        PendingRow pending = rows.computeIfAbsent(row, r -> new PendingRow(r.isNew() ? PendingRow.State.NEW : PendingRow.State.CHANGED));
        if (pending.state == PendingRow.State.CHANGED) {
            pending.original.putIfAbsent(attribute, readValue);
            if (Objects.equals(pending.original.get(attribute), value)) {
                pending.values.remove(attribute); // back to what the database has: nothing pending
                pending.original.remove(attribute);
                if (pending.values.isEmpty()) {
                    rows.remove(row);
                }
                changed();
                return;
            }
        }
        pending.values.put(attribute, value);
        clearProblem(row, attribute);
        changed();
    }

    void addRow(RowRef row, Map<String, Object> values) {
        PendingRow pending = new PendingRow(PendingRow.State.NEW);
        pending.values.putAll(values);
        rows.put(row, pending);
        changed();
    }

    /** Adds many new rows with one notification: an import of 100,000 rows redraws once, not per row. */
    void addRows(Map<RowRef, Map<String, Object>> added) {
        added.forEach((row, values) -> {
            PendingRow pending = new PendingRow(PendingRow.State.NEW);
            pending.values.putAll(values);
            rows.put(row, pending);
        });
        changed();
    }

    /** Puts rows back as they were before a command (null: no pending change), with one notification. */
    void restoreAll(Map<RowRef, PendingRow> snapshots) {
        snapshots.forEach((row, snapshot) -> {
            if (snapshot == null) {
                rows.remove(row);
                problems.remove(row);
            } else {
                rows.put(row, snapshot.copy());
            }
        });
        changed();
    }

    /** Sets values of existing rows as {@link #setValue} does, with one notification. */
    void setValues(Map<RowRef, Map<String, Object[]>> readAndNew) {
        readAndNew.forEach((row, values) -> values.forEach((attribute, pair) -> {
            PendingRow pending = rows.computeIfAbsent(row, r -> new PendingRow(r.isNew() ? PendingRow.State.NEW : PendingRow.State.CHANGED));
            if (pending.state == PendingRow.State.CHANGED) {
                pending.original.putIfAbsent(attribute, pair[0]);
            }
            pending.values.put(attribute, pair[1]);
            clearProblem(row, attribute);
        }));
        changed();
    }

    void delete(RowRef row, Map<String, Object> readValues) {
        if (row.isNew()) {
            rows.remove(row);
            problems.remove(row);
            changed();
            return;
        }
        PendingRow pending = rows.computeIfAbsent(row, r -> new PendingRow(PendingRow.State.CHANGED));
        pending.beforeDelete = pending.state;
        pending.state = PendingRow.State.DELETED;
        readValues.forEach(pending.original::putIfAbsent);
        changed();
    }

    /** The console's pending statements, in the order run. */
    public List<dev.rowboat.data.edit.ConsoleWrite> consoleWrites() {
        return List.copyOf(consoleWrites);
    }

    /** Why the database refused the console's pending statement at this position, if it did. */
    public Optional<String> consoleProblem(int index) {
        return Optional.ofNullable(consoleProblems.get(index));
    }

    void addConsoleWrite(dev.rowboat.data.edit.ConsoleWrite write) {
        consoleWrites.add(write);
        changed();
    }

    void removeLastConsoleWrite(dev.rowboat.data.edit.ConsoleWrite write) {
        int last = consoleWrites.lastIndexOf(write);
        if (last >= 0) {
            consoleWrites.remove(last);
            consoleProblems.remove(last);
        }
        changed();
    }

    /** Throws away everything pending. */
    public void clear() {
        consoleWrites.clear();
        consoleProblems.clear();
        links.clear();
        linkProblems.clear();
        rows.clear();
        problems.clear();
        changed();
    }

    /** The pending rows in a stable order; {@link #toEdits} uses the same order. */
    public List<RowRef> order() {
        return List.copyOf(rows.keySet());
    }

    /**
     * The edits for a save; the index of each row's edit is its index in {@link #order()}, and the
     * links and unlinks follow, in the order made, then the console's statements, in the order run.
     */
    public List<RowEdit> toEdits() {
        List<RowEdit> edits = new ArrayList<>();
        for (Map.Entry<RowRef, PendingRow> entry : rows.entrySet()) {
            RowRef ref = entry.getKey();
            PendingRow pending = entry.getValue();
            edits.add(switch (pending.state) {
                case NEW -> new InsertRow(ref.entity(), ref.newRowNumber(), resolveNewRefs(pending.values));
                case CHANGED -> new UpdateRow(ref.entity(), ref.id(), resolveNewRefs(pending.original), resolveNewRefs(pending.values));
                case DELETED -> new DeleteRow(ref.entity(), ref.id(), resolveNewRefs(pending.original));
            });
        }
        edits.addAll(links.toEdits());
        edits.addAll(consoleWrites);
        return edits;
    }

    /**
     * Values as the save takes them: a to-one cell's link becomes the target id, and a link to a
     * new row a reference to that row.
     */
    private static Map<String, Object> resolveNewRefs(Map<String, Object> values) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        values.forEach((k, v) -> resolved.put(k, plain(v)));
        return Collections.unmodifiableMap(resolved);
    }

    private static Object plain(Object value) {
        if (value instanceof RowRef ref && ref.isNew()) {
            return new NewRowRef(ref.entity(), ref.newRowNumber());
        }
        if (value instanceof dev.rowboat.data.paging.RefValue link) {
            return link.id() instanceof NewRowId n ? new NewRowRef(link.entity(), n.number()) : link.id();
        }
        return value;
    }

    /** Marks the cells and rows the problems name, replacing earlier marks. */
    public void showProblems(List<RowProblem> found) {
        problems.clear();
        linkProblems.clear();
        consoleProblems.clear();
        List<RowRef> order = order();
        List<PendingLink> pendingLinks = links.all();
        int firstConsoleWrite = order.size() + pendingLinks.size();
        for (RowProblem problem : found) {
            if (problem.editIndex() >= 0 && problem.editIndex() < order.size()) {
                problems.computeIfAbsent(order.get(problem.editIndex()), r -> new HashMap<>())
                        .put(problem.attribute() == null ? "" : problem.attribute(), problem.message());
            } else if (problem.editIndex() >= order.size() && problem.editIndex() < order.size() + pendingLinks.size()) {
                PendingLink link = pendingLinks.get(problem.editIndex() - order.size());
                linkProblems.put(link, problem.message());
                problems.computeIfAbsent(link.owner(), r -> new HashMap<>()).put(link.association(), problem.message());
            } else if (problem.editIndex() >= firstConsoleWrite && problem.editIndex() < firstConsoleWrite + consoleWrites.size()) {
                consoleProblems.put(problem.editIndex() - firstConsoleWrite, problem.message());
            }
        }
        changed();
    }

    public int problemCount() {
        return problems.values().stream().mapToInt(Map::size).sum();
    }

    /** After a conflict the person kept their values: the row as it is now becomes the original. */
    public void rebase(RowRef row, Map<String, Object> theirs) {
        PendingRow pending = rows.get(row);
        if (pending != null && theirs != null) {
            pending.original.replaceAll((attribute, old) -> theirs.getOrDefault(attribute, old));
            problems.remove(row);
            changed();
        }
    }

    /** After a conflict the person took theirs: their pending change to the row goes. */
    public void drop(RowRef row) {
        rows.remove(row);
        problems.remove(row);
        changed();
    }

    private void clearProblem(RowRef row, String attribute) {
        Map<String, String> ofRow = problems.get(row);
        if (ofRow != null) {
            ofRow.remove(attribute);
            ofRow.remove("");
        }
    }

    private void changed() {
        count.set(rows.size() + links.size() + consoleWrites.size());
        revision.set(revision.get() + 1);
    }
}
