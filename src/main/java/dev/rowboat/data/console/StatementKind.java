package dev.rowboat.data.console;

/** TEMPORARY until console-parts lands. */
public enum StatementKind {
    QUERY, DML, DDL, TRANSACTION, OTHER;

    public static StatementKind of(String text) {
        String first = text.strip().split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
        return switch (first) {
            case "SELECT", "FROM", "WITH", "VALUES", "SHOW", "EXPLAIN" -> QUERY;
            case "INSERT", "UPDATE", "DELETE" -> DML;
            case "CREATE", "ALTER", "DROP" -> DDL;
            default -> OTHER;
        };
    }
}
