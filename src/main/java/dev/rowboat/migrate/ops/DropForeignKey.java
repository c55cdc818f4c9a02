package dev.rowboat.migrate.ops;

/** Drops a named foreign key. */
public record DropForeignKey(String table, String name) implements Operation {
    @Override
    public String describe() {
        return "drop foreign key " + name + " on " + table;
    }
}
