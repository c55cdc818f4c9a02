package dev.rowboat.migrate.ops;

import dev.rowboat.schema.TableSpec;

/** Creates a table with its primary key, unique constraints, foreign keys and indexes. */
public record CreateTable(TableSpec table) implements Operation {
    @Override
    public String describe() {
        return "create table " + table.name();
    }
}
