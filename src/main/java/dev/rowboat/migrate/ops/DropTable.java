package dev.rowboat.migrate.ops;

/** Drops a table and its rows. */
public record DropTable(String table) implements Operation {
    @Override
    public String describe() {
        return "drop table " + table;
    }

    @Override
    public boolean destroysData() {
        return true;
    }
}
