package dev.rowboat.schema;

/**
 * One column as a revision describes it.
 *
 * @param defaultSql    the default as an SQL expression ({@code 0}, {@code 'draft'},
 *                      {@code CURRENT_TIMESTAMP}); null for none
 * @param autoIncrement the database assigns the value (identity, serial, AUTO_INCREMENT)
 */
public record ColumnSpec(String name, ColumnType type, boolean nullable, String defaultSql, boolean autoIncrement) {
    public static ColumnSpec of(String name, ColumnType type, boolean nullable) {
        return new ColumnSpec(name, type, nullable, null, false);
    }

    public ColumnSpec withName(String newName) {
        return new ColumnSpec(newName, type, nullable, defaultSql, autoIncrement);
    }
}
