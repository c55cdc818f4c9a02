package dev.rowboat.migrate.ops;

import dev.rowboat.schema.ColumnSpec;

/**
 * Changes a column's type, nullability or default to {@code column}'s; {@code previous} is the
 * definition it replaces (renderers that change one property at a time compare the two).
 */
public record AlterColumn(String table, ColumnSpec previous, ColumnSpec column) implements Operation {
    @Override
    public String describe() {
        return "alter column " + table + "." + column.name();
    }
}
