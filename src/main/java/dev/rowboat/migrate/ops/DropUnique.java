package dev.rowboat.migrate.ops;

/** Drops a named unique constraint. */
public record DropUnique(String table, String name) implements Operation {
    @Override
    public String describe() {
        return "drop unique " + name + " on " + table;
    }
}
