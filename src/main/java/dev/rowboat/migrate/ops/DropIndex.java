package dev.rowboat.migrate.ops;

/** Drops an index; the table is needed where index names are per table (MySQL/MariaDB). */
public record DropIndex(String table, String name) implements Operation {
    @Override
    public String describe() {
        return "drop index " + name + " on " + table;
    }
}
