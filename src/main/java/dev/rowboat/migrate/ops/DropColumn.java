package dev.rowboat.migrate.ops;

/** Drops a column and its values. */
public record DropColumn(String table, String column) implements Operation {
    @Override
    public String describe() {
        return "drop column " + table + "." + column;
    }

    @Override
    public boolean destroysData() {
        return true;
    }
}
