package dev.rowboat.migrate.ops;

import dev.rowboat.schema.UniqueSpec;

/** Adds a named unique constraint. */
public record AddUnique(UniqueSpec unique) implements Operation {
    @Override
    public String describe() {
        return "add unique " + unique.name() + " on " + unique.table();
    }
}
