package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.rowboat.data.catalog.CompositeId;

/**
 * Finds what would make a save fail without asking the database: unknown attributes, missing
 * required values, text too long, numbers out of range, values of the wrong type, references to
 * new rows the save does not insert. Each problem names the edit and, where it can, the attribute.
 */
final class EditValidator {
    private final SaveTables tables;

    EditValidator(SaveTables tables) {
        this.tables = tables;
    }

    List<RowProblem> validate(List<RowEdit> edits) {
        List<RowProblem> problems = new ArrayList<>();
        Map<Integer, InsertRow> inserts = new HashMap<>();
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i) instanceof InsertRow insert && inserts.putIfAbsent(insert.newRowNumber(), insert) != null) {
                problems.add(invalid(i, null, "Two new rows have the number " + insert.newRowNumber() + "."));
            }
        }
        for (int index = 0; index < edits.size(); index++) {
            int i = index;
            RowEdit edit = edits.get(i);
            if (edit instanceof ConsoleWrite) {
                continue; // the database judges a console statement, when it was run and again at Save
            }
            Optional<SaveTable> table = tables.find(edit.entity());
            if (table.isEmpty() || table.get().key().isEmpty()) {
                problems.add(invalid(i, null, table.isEmpty() ? "This database has no table for " + edit.entity() + "."
                        : edit.entity() + " has an id whose columns cannot be written here."));
            } else if (edit instanceof AssociationEdit association) {
                Optional<SaveLinks.JoinTable> join = SaveLinks.of(tables, association.entity(), association.association());
                if (join.isEmpty()) {
                    problems.add(invalid(i, association.association(), edit.entity() + "." + association.association()
                            + " is not a many-to-many whose rows can be linked here."));
                } else {
                    checkLinkedRow(i, association, join.get().owner(), association.ownerId(), problems);
                    checkLinkedRow(i, association, join.get().target(), association.targetId(), problems);
                }
            } else if (edit instanceof InsertRow insert) {
                checkInsert(i, insert, table.get(), inserts, problems);
                checkAgreement(i, table.get(), insert.values(), problems);
            } else if (edit instanceof UpdateRow update) {
                checkRow(i, update.id(), update.original(), table.get(), problems);
                update.changed().forEach((name, value) -> checkValue(i, table.get(), name, value, inserts, problems));
                checkOriginals(i, update, table.get(), problems);
                checkAgreement(i, table.get(), update.changed(), problems);
            } else if (edit instanceof DeleteRow delete) {
                checkRow(i, delete.id(), delete.original(), table.get(), problems);
            }
        }
        for (int i : inserts.isEmpty() ? Set.<Integer>of() : SaveOrder.circularInserts(edits)) {
            problems.add(invalid(i, null, "New rows refer to each other in a circle; save one of them first."));
        }
        return problems;
    }

    private void checkInsert(int i, InsertRow insert, SaveTable table, Map<Integer, InsertRow> inserts, List<RowProblem> problems) {
        insert.values().forEach((name, value) -> {
            if (table.generatedId() && table.id() != null && name.equals(table.id().name())) {
                problems.add(invalid(i, name, name + " is given by the database; leave it empty."));
            } else {
                checkValue(i, table, name, value, inserts, problems);
            }
        });
        for (SaveColumn column : table.columns().values()) {
            boolean filledIn = column == table.version() || column == table.id() && table.generatedId() || table.sharesColumns(column)
                    || setByLink(table, column, insert.values());
            if (!column.info().nullable() && !filledIn && !insert.values().containsKey(column.name())) {
                problems.add(invalid(i, column.name(), column.name() + " must have a value."));
            }
        }
    }

    /** A row a link names by a key of several columns is named by all of them, else its statement would match nothing. */
    private static void checkLinkedRow(int i, AssociationEdit edit, SaveTable side, Object id, List<RowProblem> problems) {
        if (side.id() == null && !(id instanceof NewRowRef) && !(id instanceof CompositeId composite && composite.size() == side.key().size())) {
            problems.add(invalid(i, edit.association(), "A " + RefusalMessages.humanName(side.entity()) + " is named by the values of "
                    + String.join(", ", side.key().stream().map(SaveColumn::name).toList()) + ", not by " + ValueCheck.shown(id) + "."));
        }
    }

    /** Whether a to-one that shares this column (a key part's) is given a row to point at: the insert sets the column from it. */
    private static boolean setByLink(SaveTable table, SaveColumn column, Map<String, Object> values) {
        return values.entrySet().stream().anyMatch(e -> e.getValue() != null && table.column(e.getKey()) != null
                && table.sharesColumns(table.column(e.getKey()))
                && table.column(e.getKey()).columns().stream().anyMatch(part -> table.writerOf(part) == column));
    }

    /**
     * Two attributes that write one column must give it one value: a to-one of several columns
     * and a key part it shares (an order line picked for a shipment item, and its order typed in).
     */
    private static void checkAgreement(int i, SaveTable table, Map<String, Object> values, List<RowProblem> problems) {
        Map<String, Map.Entry<String, Object>> byColumn = new HashMap<>();
        values.forEach((name, value) -> {
            SaveColumn column = table.column(name);
            if (column == null || value instanceof NewRowRef || column.composite() && value != null && !(value instanceof CompositeId)) {
                return; // a new row's id is not known yet; a value of the wrong form has its own problem
            }
            for (int c = 0; c < column.columns().size(); c++) {
                SaveColumn part = column.columns().get(c);
                Object raw = column.valueOf(c, value);
                if (raw != null && ValueCheck.problem(part, raw) != null) {
                    continue;
                }
                Object partValue = ValueCheck.normalize(part, raw);
                Map.Entry<String, Object> earlier = byColumn.putIfAbsent(part.sql(), new java.util.AbstractMap.SimpleEntry<>(name, partValue));
                if (earlier != null && !java.util.Objects.equals(earlier.getValue(), partValue)) {
                    problems.add(invalid(i, name, name + " and " + earlier.getKey() + " both set the column " + part.sql()
                            + ", to different values (" + ValueCheck.shown(partValue) + ", " + ValueCheck.shown(earlier.getValue())
                            + "): change one of them to agree."));
                }
            }
        });
    }

    private void checkRow(int i, Object id, Map<String, Object> original, SaveTable table, List<RowProblem> problems) {
        if (table.id() == null && !(id instanceof CompositeId composite && composite.size() == table.key().size())) {
            problems.add(invalid(i, null, "A " + RefusalMessages.humanName(table.entity()) + " is named by the values of "
                    + String.join(", ", table.key().stream().map(SaveColumn::name).toList()) + ", not by " + ValueCheck.shown(id) + "."));
            return;
        }
        for (SaveColumn key : table.key()) {
            Object value = table.keyValue(id, key);
            if (value == null) {
                problems.add(invalid(i, key.name(), key.name() + " must have a value."));
            } else {
                Optional.ofNullable(ValueCheck.problem(key, value)).ifPresent(p -> problems.add(invalid(i, key.name(), p)));
            }
        }
        original.forEach((name, value) -> {
            SaveColumn column = table.column(name);
            if (column == null) {
                problems.add(invalid(i, name, notEditable(table, name)));
            } else if (value != null && !(value instanceof String)) { // what was read may exceed today's limits
                Optional.ofNullable(ValueCheck.problem(column, value)).ifPresent(p -> problems.add(invalid(i, name, p)));
            }
        });
    }

    /** Without the value each changed attribute had, a change by someone else would go unnoticed. */
    private static void checkOriginals(int i, UpdateRow update, SaveTable table, List<RowProblem> problems) {
        SaveColumn version = table.version();
        if (version != null && update.original().get(version.name()) != null) {
            return;
        }
        for (String name : update.changed().keySet()) {
            if (table.column(name) != null && !update.original().containsKey(name)) {
                problems.add(invalid(i, name, "The value " + name + " had when it was read is missing, so a change by someone"
                        + " else could not be noticed. Read the row again."));
            }
        }
    }

    private void checkValue(int i, SaveTable table, String name, Object value, Map<Integer, InsertRow> inserts,
                            List<RowProblem> problems) {
        SaveColumn column = table.column(name);
        String problem;
        if (column == null) {
            problem = notEditable(table, name);
        } else if (column == table.version()) {
            problem = name + " is the row's version, which the save keeps; it cannot be edited.";
        } else if (value == null) {
            problem = column.info().nullable() ? null : name + " must have a value.";
        } else if (value instanceof NewRowRef ref) {
            InsertRow target = inserts.get(ref.newRowNumber());
            boolean fits = column.info().kind() == AttributeKind.TO_ONE && ref.entity().equals(column.info().targetEntity())
                    && target != null && target.entity().equals(ref.entity());
            problem = fits ? null : name + " refers to a new " + ref.entity() + " that this save does not insert.";
        } else {
            problem = ValueCheck.problem(column, value);
        }
        if (problem != null) {
            problems.add(invalid(i, name, problem));
        }
    }

    private static String notEditable(SaveTable table, String name) {
        return table.info().attribute(name).isPresent() ? name + " cannot be edited in this grid."
                : table.entity() + " has no attribute " + name + ".";
    }

    private static RowProblem invalid(int index, String attribute, String message) {
        return new RowProblem(index, RowProblem.Kind.INVALID, attribute, message, null);
    }
}
