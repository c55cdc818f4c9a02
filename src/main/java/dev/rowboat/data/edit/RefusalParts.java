package dev.rowboat.data.edit;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a database's refusal says, read from each database's own wording: the rule broken, the
 * constraint's name, the columns (SQLite names columns, not constraints), the table whose rows
 * still refer to a row, the column that may not be null.
 *
 * @param message the driver's message, on one line and without vendor prefixes
 */
record RefusalParts(RefusalParts.Rule rule, String message, String constraintName, List<String> columns,
                    String referencingTable, String nullColumn) {
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

    static RefusalParts of(Throwable failure, boolean delete) {
        SQLException e = SaveErrors.mostSpecific(failure);
        String message = SaveErrors.plainMessage(failure);
        List<String> sqliteColumns = sqliteColumns(message);
        String nullColumn = first(List.of(NULL_COLUMN), message);
        return new RefusalParts(e == null ? Rule.OTHER : rule(e, message, delete), message, first(CONSTRAINT_NAMES, message),
                sqliteColumns, first(REFERENCING_TABLES, message),
                nullColumn != null ? nullColumn : sqliteColumns.isEmpty() ? null : sqliteColumns.get(0));
    }

    private static Rule rule(SQLException e, String message, boolean delete) {
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
            return delete ? Rule.STILL_REFERENCED : Rule.MISSING_TARGET;
        }
        if (state.equals("23502") || code == 1048 || lower.contains("not null constraint failed")) {
            return Rule.NOT_NULL;
        }
        if (state.equals("23513") || state.equals("23514") || code == 4025 || code == 3819 || lower.contains("check constraint failed")) {
            return Rule.CHECK;
        }
        return Rule.OTHER;
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
}
