package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.edit.SaveConstraints.Constraint;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a database's refusal of one edit in plain words that name the value and the constraint:
 * {@code username "john" is already taken (unique index ix_user_username).} Each database words
 * its errors differently; what they name (a constraint, or on SQLite the columns) is looked up in
 * the model's constraints, and the value comes from the edit itself.
 */
final class RefusalMessages {
    /** What the database refused. */
    enum Rule { UNIQUE, MISSING_TARGET, STILL_REFERENCED, NOT_NULL, CHECK, OTHER }

    private static final List<Pattern> CONSTRAINT_NAMES = List.of(
            Pattern.compile("constraint \"([^\"]+)\""),                                  // PostgreSQL
            Pattern.compile("for key '(?:[^'.]*\\.)?([^']+)'"),                          // MariaDB unique
            Pattern.compile("CONSTRAINT `([^`]+)`"),                                     // MariaDB foreign key, check
            Pattern.compile("violation: \"(?:\\w+\\.)?(\\w+?)(?:_INDEX_\\w+)? ON "),      // H2 unique
            Pattern.compile("violation: \"(\\w+): "),                                    // H2 foreign key, check
            Pattern.compile("CHECK constraint failed: (\\w+)$"));                        // SQLite check
    private static final List<Pattern> REFERENCING_TABLES = List.of(
            Pattern.compile("constraint \"[^\"]+\" on table \"([^\"]+)\""),              // PostgreSQL
            Pattern.compile("\\(`[^`]+`\\.`([^`]+)`, CONSTRAINT"),                       // MariaDB
            Pattern.compile(": (?:\\w+\\.)?\"*(\\w+)\"* FOREIGN KEY\\("));                // H2
    private static final Pattern SQLITE_COLUMNS = Pattern.compile("constraint failed: ([\\w.]+(?:, [\\w.]+)*)");
    private static final Pattern NULL_COLUMN = Pattern.compile("[Cc]olumn [\"']([^\"']+)[\"']");

    private final SaveTables tables;
    private final SaveConstraints constraints;

    RefusalMessages(SaveTables tables, SaveConstraints constraints) {
        this.tables = tables;
        this.constraints = constraints;
    }

    RowProblem describe(int editIndex, RowEdit edit, SaveTable table, Throwable failure) {
        SQLException e = SaveErrors.mostSpecific(failure);
        String message = SaveErrors.plainMessage(failure);
        Rule rule = e == null ? Rule.OTHER : rule(e, message, edit);
        String name = first(CONSTRAINT_NAMES, message);
        Optional<Constraint> known = constraints.named(name);
        List<String> columns = known.map(Constraint::columns).orElseGet(() -> sqliteColumns(message));
        if (rule == Rule.UNIQUE && name == null) {
            known = constraints.uniqueOn(table.info().table(), columns);
        }
        name = known.map(Constraint::name).orElse(name); // the model's spelling, not H2's upper case
        if (message.contains("PRIMARY KEY ON")) { // H2 names no constraint for the primary key
            name = "primary";
        }
        SaveColumn column = columns.size() == 1 ? columnOf(table, columns.get(0)) : null;
        String attribute = column == null ? null : column.name();
        String what = humanName(table.entity());
        String sentence = switch (rule) {
            case UNIQUE -> unique(edit, table, columns, column, name);
            case MISSING_TARGET -> "This " + what + "'s " + (column == null ? "reference" : column.name() + " " + shown(valueOf(edit, column)))
                    + " does not exist" + (name == null ? "." : " (foreign key " + name + ").");
            case STILL_REFERENCED -> "This " + what + " is still referred to by rows of "
                    + referencing(known.map(Constraint::table).orElseGet(() -> first(REFERENCING_TABLES, message)))
                    + (name == null ? "" : " (foreign key " + name + ")")
                    + (edit instanceof DeleteRow ? ", so it cannot be deleted." : ", so its id cannot change.");
            case NOT_NULL -> notNull(table, message);
            case CHECK -> "This " + what + " breaks the rule " + (name == null ? "" : name + " ") + "(check constraint): " + message;
            case OTHER -> "The database refused this " + what + ": " + message;
        };
        if (rule == Rule.NOT_NULL) {
            SaveColumn nullColumn = nullColumn(table, message);
            attribute = nullColumn == null ? null : nullColumn.name();
        }
        return new RowProblem(editIndex, RowProblem.Kind.CONSTRAINT, attribute, sentence, null);
    }

    private static Rule rule(SQLException e, String message, RowEdit edit) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String lower = message.toLowerCase(Locale.ROOT);
        if (state.equals("23505") || code == 1062 || code == 1586 || lower.contains("unique constraint failed")) {
            return Rule.UNIQUE;
        }
        if (state.equals("23506") || code == 1452 || code == 1216 || state.equals("23503") && lower.contains("insert or update")) {
            return Rule.MISSING_TARGET;
        }
        if (state.equals("23503") || code == 1451 || code == 1217) {
            return Rule.STILL_REFERENCED;
        }
        if (lower.contains("foreign key constraint failed")) { // SQLite names neither side
            return edit instanceof DeleteRow ? Rule.STILL_REFERENCED : Rule.MISSING_TARGET;
        }
        if (state.equals("23502") || code == 1048 || lower.contains("not null constraint failed")) {
            return Rule.NOT_NULL;
        }
        if (state.equals("23513") || state.equals("23514") || code == 4025 || code == 3819 || lower.contains("check constraint failed")) {
            return Rule.CHECK;
        }
        return Rule.OTHER;
    }

    private String unique(RowEdit edit, SaveTable table, List<String> columns, SaveColumn column, String name) {
        boolean primary = name != null && (name.equalsIgnoreCase("primary") || name.toLowerCase(Locale.ROOT).endsWith("_pkey"))
                || column != null && column == table.id();
        String constraint = primary ? "primary key" : name == null ? "a unique index" : "unique index " + name;
        if (column == null && primary) {
            column = table.id();
        }
        if (column != null) {
            return column.name() + " " + shown(valueOf(edit, column)) + " is already taken (" + constraint + ").";
        }
        List<SaveColumn> known = columns.stream().map(c -> columnOf(table, c)).toList();
        if (!known.isEmpty() && !known.contains(null)) {
            return "The combination " + String.join(", ", known.stream().map(c -> c.name() + " " + shown(valueOf(edit, c))).toList())
                    + " is already taken (" + constraint + ").";
        }
        return "This " + humanName(table.entity()) + " repeats a value that must be unique (" + constraint + ").";
    }

    private static String notNull(SaveTable table, String message) {
        SaveColumn column = nullColumn(table, message);
        return column == null ? "A required value is missing: " + message + "." : column.name() + " must have a value.";
    }

    private static SaveColumn nullColumn(SaveTable table, String message) {
        String name = first(List.of(NULL_COLUMN), message);
        List<String> sqlite = sqliteColumns(message);
        return columnOf(table, name != null ? name : sqlite.isEmpty() ? null : sqlite.get(0));
    }

    private String referencing(String table) {
        if (table == null) {
            return "another table";
        }
        return tables.catalog().entities().stream().filter(e -> e.table() != null && e.table().equalsIgnoreCase(table))
                .map(e -> humanName(e.name())).findFirst().orElse(table.toLowerCase(Locale.ROOT));
    }

    /** The value the edit gave this column, or for a delete the one it saw. */
    private static Object valueOf(RowEdit edit, SaveColumn column) {
        String name = column.name();
        if (edit instanceof InsertRow insert) {
            return insert.values().get(name);
        }
        boolean id = column.info().kind() == AttributeKind.ID;
        if (edit instanceof UpdateRow update) {
            return update.changed().containsKey(name) ? update.changed().get(name) : id ? update.id() : update.original().get(name);
        }
        DeleteRow delete = (DeleteRow) edit;
        return id ? delete.id() : delete.original().get(name);
    }

    private static SaveColumn columnOf(SaveTable table, String column) {
        if (column == null) {
            return null;
        }
        String wanted = SaveConstraints.lower(column.contains(".") ? column.substring(column.lastIndexOf('.') + 1) : column);
        return table.columns().values().stream().filter(c -> SaveConstraints.lower(c.sql()).equals(wanted)).findFirst().orElse(null);
    }

    private static List<String> sqliteColumns(String message) {
        Matcher m = SQLITE_COLUMNS.matcher(message);
        if (!m.find() || !m.group(1).contains(".")) {
            return List.of();
        }
        return Arrays.stream(m.group(1).split(", ")).map(c -> c.substring(c.lastIndexOf('.') + 1)).toList(); // "user.username"
    }

    private static String first(List<Pattern> patterns, String message) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String shown(Object value) {
        return value instanceof NewRowRef ref ? "(new " + ref.entity() + ")" : ValueCheck.shown(value);
    }

    /** {@code BlogPost} as "blog post": entity names read as words in a sentence. */
    static String humanName(String entity) {
        return entity.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
