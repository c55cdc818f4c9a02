package dev.rowboat.migrate.ops;

import static dev.rowboat.migrate.ops.SnapshotChanges.same;

import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.UniqueSpec;
import java.util.List;

/** The renames and drops of {@link SnapshotChanges} that reach into several parts of a table. */
final class TableEdits {
    private TableEdits() {
    }

    static TableSpec withColumns(TableSpec t, List<ColumnSpec> columns) {
        return new TableSpec(t.name(), columns, t.primaryKey(), t.uniques(), t.foreignKeys(), t.indexes());
    }

    /** Renames {@code from} if it is {@code t}, and every foreign key in {@code t} that refers to it. */
    static TableSpec renameTable(TableSpec t, String from, String to) {
        String name = same(t.name(), from) ? to : t.name();
        String owner = name;
        return new TableSpec(name, t.columns(), t.primaryKey(),
                t.uniques().stream().map(u -> new UniqueSpec(u.name(), owner, u.columns())).toList(),
                t.foreignKeys().stream().map(f -> new ForeignKeySpec(f.name(), owner, f.columns(),
                        same(f.refTable(), from) ? to : f.refTable(), f.refColumns(), f.onDelete())).toList(),
                t.indexes().stream().map(i -> new IndexSpec(i.name(), owner, i.columns(), i.unique())).toList());
    }

    /** Renames the column in {@code table}, and in the foreign keys of {@code t} that refer to it. */
    static TableSpec renameColumn(TableSpec t, String table, String from, String to) {
        boolean own = same(t.name(), table);
        List<ForeignKeySpec> fks = t.foreignKeys().stream().map(f -> new ForeignKeySpec(f.name(), f.table(),
                own ? rename(f.columns(), from, to) : f.columns(), f.refTable(),
                same(f.refTable(), table) ? rename(f.refColumns(), from, to) : f.refColumns(), f.onDelete())).toList();
        if (!own) {
            return new TableSpec(t.name(), t.columns(), t.primaryKey(), t.uniques(), fks, t.indexes());
        }
        return new TableSpec(t.name(),
                t.columns().stream().map(c -> same(c.name(), from) ? c.withName(to) : c).toList(),
                rename(t.primaryKey(), from, to),
                t.uniques().stream().map(u -> new UniqueSpec(u.name(), u.table(), rename(u.columns(), from, to))).toList(),
                fks,
                t.indexes().stream().map(i -> new IndexSpec(i.name(), i.table(), rename(i.columns(), from, to), i.unique())).toList());
    }

    /** Drops the column with every index, unique constraint and foreign key that uses it. */
    static TableSpec dropColumn(TableSpec t, String column) {
        return new TableSpec(t.name(),
                t.columns().stream().filter(c -> !same(c.name(), column)).toList(),
                uses(t.primaryKey(), column) ? List.of() : t.primaryKey(),
                t.uniques().stream().filter(u -> !uses(u.columns(), column)).toList(),
                t.foreignKeys().stream().filter(f -> !uses(f.columns(), column)).toList(),
                t.indexes().stream().filter(i -> !uses(i.columns(), column)).toList());
    }

    static boolean uses(List<String> columns, String column) {
        return columns.stream().anyMatch(c -> same(c, column));
    }

    private static List<String> rename(List<String> columns, String from, String to) {
        return columns.stream().map(c -> same(c, from) ? to : c).toList();
    }
}
