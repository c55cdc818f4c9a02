package dev.rowboat.schema;

import java.util.List;
import java.util.Optional;

/** A table with everything a revision creates along with it. */
public record TableSpec(String name, List<ColumnSpec> columns, List<String> primaryKey,
                        List<UniqueSpec> uniques, List<ForeignKeySpec> foreignKeys, List<IndexSpec> indexes) {
    public TableSpec {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    public Optional<ColumnSpec> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }
}
