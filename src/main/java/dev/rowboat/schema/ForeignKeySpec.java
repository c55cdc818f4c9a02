package dev.rowboat.schema;

import java.util.List;

/**
 * A foreign key from {@code table(columns)} to {@code refTable(refColumns)}.
 *
 * @param onDelete {@code CASCADE}, {@code SET NULL}, ... or null for the database's default
 */
public record ForeignKeySpec(String name, String table, List<String> columns,
                             String refTable, List<String> refColumns, String onDelete) {
    public ForeignKeySpec {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
    }
}
