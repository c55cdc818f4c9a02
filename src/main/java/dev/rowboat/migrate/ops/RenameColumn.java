package dev.rowboat.migrate.ops;

/** Renames a column, keeping its values. */
public record RenameColumn(String table, String from, String to) implements Operation {
    @Override
    public String describe() {
        return "rename column " + table + "." + from + " to " + to;
    }
}
