package dev.rowboat.migrate.ops;

import dev.rowboat.schema.IndexSpec;

/** Creates a (possibly unique) index. */
public record CreateIndex(IndexSpec index) implements Operation {
    @Override
    public String describe() {
        return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + index.table();
    }
}
