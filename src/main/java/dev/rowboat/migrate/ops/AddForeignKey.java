package dev.rowboat.migrate.ops;

import dev.rowboat.schema.ForeignKeySpec;

/** Adds a foreign key to an existing table. */
public record AddForeignKey(ForeignKeySpec foreignKey) implements Operation {
    @Override
    public String describe() {
        return "add foreign key " + foreignKey.name() + " on " + foreignKey.table();
    }
}
