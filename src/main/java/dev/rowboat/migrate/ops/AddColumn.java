package dev.rowboat.migrate.ops;

import dev.rowboat.schema.ColumnSpec;

/** Adds a column to an existing table. */
public record AddColumn(String table, ColumnSpec column) implements Operation {
    @Override
    public String describe() {
        return "add column " + table + "." + column.name();
    }
}
