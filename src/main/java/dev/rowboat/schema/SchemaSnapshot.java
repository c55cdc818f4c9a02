package dev.rowboat.schema;

import java.util.List;
import java.util.Optional;

/** The tables of a schema, read from a live database or derived from the entity model. */
public record SchemaSnapshot(List<TableSpec> tables) {
    public SchemaSnapshot {
        tables = List.copyOf(tables);
    }

    public Optional<TableSpec> table(String tableName) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(tableName)).findFirst();
    }
}
