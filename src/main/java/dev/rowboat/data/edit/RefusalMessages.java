package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.edit.RefusalParts.Rule;
import dev.rowboat.data.edit.SaveConstraints.Constraint;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts a database's refusal of one edit in plain words that name the value and the constraint:
 * {@code username "john" is already taken (unique index ix_user_username).} Each database words
 * its errors differently; what they name (a constraint, or on SQLite the columns) is looked up in
 * the model's constraints, and the value comes from the edit itself.
 */
final class RefusalMessages {
    private final SaveTables tables;
    private final SaveConstraints constraints;

    RefusalMessages(SaveTables tables, SaveConstraints constraints) {
        this.tables = tables;
        this.constraints = constraints;
    }

    RowProblem describe(int editIndex, RowEdit edit, SaveTable table, Throwable failure) {
        RefusalParts parts = RefusalParts.of(failure, edit instanceof DeleteRow);
        String message = parts.message();
        String name = parts.constraintName();
        Optional<Constraint> known = constraints.named(name);
        List<String> columns = known.map(Constraint::columns).orElse(parts.columns());
        if (parts.rule() == Rule.UNIQUE && name == null) {
            known = constraints.uniqueOn(table.info().table(), columns);
        }
        name = known.map(Constraint::name).orElse(name); // the model's spelling, not H2's upper case
        if (message.contains("PRIMARY KEY ON")) { // H2 names no constraint for the primary key
            name = "primary";
        }
        SaveColumn column = columns.size() == 1 ? columnOf(table, columns.get(0))
                : parts.rule() == Rule.MISSING_TARGET ? linkOf(table, columns) : null;
        String attribute = column == null ? null : column.name();
        String what = humanName(table.entity());
        String sentence = switch (parts.rule()) {
            case UNIQUE -> unique(edit, table, columns, column, name);
            case MISSING_TARGET -> "This " + what + "'s "
                    + (column == null ? "reference" : column.name() + " " + shown(valueOf(edit, table, column)))
                    + " does not exist" + (name == null ? "." : " (foreign key " + name + ").");
            case STILL_REFERENCED -> "This " + what + " is still referred to by rows of "
                    + referencing(known.map(Constraint::table).orElse(parts.referencingTable()))
                    + (name == null ? "" : " (foreign key " + name + ")")
                    + (edit instanceof DeleteRow ? ", so it cannot be deleted." : ", so its id cannot change.");
            case NOT_NULL -> notNull(table, parts);
            case CHECK -> "This " + what + " breaks the rule " + (name == null ? "" : name + " ") + "(check constraint): " + message;
            case OTHER -> "The database refused this " + what + ": " + message;
        };
        if (parts.rule() == Rule.NOT_NULL) {
            SaveColumn nullColumn = columnOf(table, parts.nullColumn());
            attribute = nullColumn == null ? null : nullColumn.name();
        }
        return new RowProblem(editIndex, RowProblem.Kind.CONSTRAINT, attribute, sentence, null);
    }

    private String unique(RowEdit edit, SaveTable table, List<String> columns, SaveColumn column, String name) {
        // H2 names its primary key's index PRIMARY_KEY_4, and its message may not say PRIMARY KEY ON
        boolean primary = name != null && (name.equalsIgnoreCase("primary") || name.toLowerCase(Locale.ROOT).endsWith("_pkey")
                || name.toUpperCase(Locale.ROOT).startsWith("PRIMARY_KEY_"))
                || column != null && column == table.id()
                || table.id() == null && !columns.isEmpty() && columns.stream().map(c -> columnOf(table, c)).toList().equals(table.key());
        String constraint = primary ? "primary key" : name == null ? "a unique index" : "unique index " + name;
        if (column == null && primary) {
            column = table.id();
            if (column == null) { // a composite key: its columns, whatever the database named
                columns = table.key().stream().map(SaveColumn::sql).toList();
            }
        }
        if (column != null) {
            return column.name() + " " + shown(valueOf(edit, table, column)) + " is already taken (" + constraint + ").";
        }
        List<SaveColumn> known = columns.stream().map(c -> columnOf(table, c)).toList();
        if (!known.isEmpty() && !known.contains(null)) {
            return "The combination " + String.join(", ", known.stream().map(c -> c.name() + " " + shown(valueOf(edit, table, c))).toList())
                    + " is already taken (" + constraint + ").";
        }
        return "This " + humanName(table.entity()) + " repeats a value that must be unique (" + constraint + ").";
    }

    private static String notNull(SaveTable table, RefusalParts parts) {
        SaveColumn column = columnOf(table, parts.nullColumn());
        return column == null ? "A required value is missing: " + parts.message() + "." : column.name() + " must have a value.";
    }

    private String referencing(String table) {
        if (table == null) {
            return "another table";
        }
        return tables.catalog().entities().stream().filter(e -> e.table() != null && e.table().equalsIgnoreCase(table))
                .map(e -> humanName(e.name())).findFirst().orElse(table.toLowerCase(Locale.ROOT));
    }

    /** The value the edit gave this column, or for a delete the one it saw. */
    private static Object valueOf(RowEdit edit, SaveTable table, SaveColumn column) {
        String name = column.name();
        if (edit instanceof InsertRow insert) {
            return insert.values().get(name);
        }
        boolean id = column.info().kind() == AttributeKind.ID;
        if (edit instanceof UpdateRow update) {
            return update.changed().containsKey(name) ? update.changed().get(name)
                    : id ? table.keyValue(update.id(), column) : update.original().get(name);
        }
        DeleteRow delete = (DeleteRow) edit;
        return id ? table.keyValue(delete.id(), column) : delete.original().get(name);
    }

    /** The to-one whose foreign key is exactly these columns (a key of several), if any. */
    private static SaveColumn linkOf(SaveTable table, List<String> columns) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        columns.forEach(c -> wanted.add(SaveConstraints.lower(c.contains(".") ? c.substring(c.lastIndexOf('.') + 1) : c)));
        return table.columns().values().stream().filter(c -> c.composite() && c.parts().size() == wanted.size()
                && c.parts().stream().allMatch(p -> wanted.contains(SaveConstraints.lower(p.sql())))).findFirst().orElse(null);
    }

    private static SaveColumn columnOf(SaveTable table, String column) {
        if (column == null) {
            return null;
        }
        String wanted = SaveConstraints.lower(column.contains(".") ? column.substring(column.lastIndexOf('.') + 1) : column);
        return table.columns().values().stream().filter(c -> SaveConstraints.lower(c.sql()).equals(wanted)).findFirst().orElse(null);
    }

    private static String shown(Object value) {
        return value instanceof NewRowRef ref ? "(new " + ref.entity() + ")" : ValueCheck.shown(value);
    }

    /** {@code BlogPost} as "blog post": entity names read as words in a sentence. */
    static String humanName(String entity) {
        return entity.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
