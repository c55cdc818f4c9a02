package dev.rowboat.migrate.ops;

/** Renames a table, keeping its rows. */
public record RenameTable(String from, String to) implements Operation {
    @Override
    public String describe() {
        return "rename table " + from + " to " + to;
    }
}
