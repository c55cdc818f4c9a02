package dev.rowboat.migrate.ops;

import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies an operation to a snapshot in memory: what the schema looks like after it. Used to plan
 * several revisions ahead (offline SQL, SQLite rebuilds of tables created earlier in the same
 * plan). Dropping a column drops the indexes, unique constraints and foreign keys that use it,
 * as the renderers do. Raw SQL changes nothing it could know about.
 */
public final class SnapshotChanges {
    private SnapshotChanges() {
    }

    public static SchemaSnapshot apply(SchemaSnapshot before, Operation op) {
        if (op instanceof CreateTable o) {
            List<TableSpec> tables = new ArrayList<>(before.tables());
            tables.removeIf(t -> same(t.name(), o.table().name()));
            tables.add(o.table());
            return new SchemaSnapshot(tables);
        }
        if (op instanceof DropTable o) {
            return new SchemaSnapshot(before.tables().stream().filter(t -> !same(t.name(), o.table())).toList());
        }
        if (op instanceof RenameTable o) {
            return new SchemaSnapshot(before.tables().stream().map(t -> TableEdits.renameTable(t, o.from(), o.to())).toList());
        }
        if (op instanceof RenameColumn o) {
            return new SchemaSnapshot(before.tables().stream()
                    .map(t -> TableEdits.renameColumn(t, o.table(), o.from(), o.to())).toList());
        }
        if (op instanceof AddColumn o) {
            return on(before, o.table(), t -> TableEdits.withColumns(t, append(t.columns(), o.column())));
        }
        if (op instanceof DropColumn o) {
            return on(before, o.table(), t -> TableEdits.dropColumn(t, o.column()));
        }
        if (op instanceof AlterColumn o) {
            String name = o.previous() == null ? o.column().name() : o.previous().name();
            return on(before, o.table(), t -> TableEdits.withColumns(t, t.columns().stream()
                    .map(c -> same(c.name(), name) ? o.column() : c).toList()));
        }
        if (op instanceof CreateIndex o) {
            return on(before, o.index().table(), t -> new TableSpec(t.name(), t.columns(), t.primaryKey(),
                    t.uniques(), t.foreignKeys(), append(t.indexes(), o.index())));
        }
        if (op instanceof DropIndex o) {
            return on(before, o.table(), t -> new TableSpec(t.name(), t.columns(), t.primaryKey(),
                    t.uniques(), t.foreignKeys(), t.indexes().stream().filter(i -> !same(i.name(), o.name())).toList()));
        }
        if (op instanceof AddUnique o) {
            return on(before, o.unique().table(), t -> new TableSpec(t.name(), t.columns(), t.primaryKey(),
                    append(t.uniques(), o.unique()), t.foreignKeys(), t.indexes()));
        }
        if (op instanceof DropUnique o) {
            return on(before, o.table(), t -> new TableSpec(t.name(), t.columns(), t.primaryKey(),
                    t.uniques().stream().filter(u -> !same(u.name(), o.name())).toList(), t.foreignKeys(), t.indexes()));
        }
        if (op instanceof AddForeignKey o) {
            return on(before, o.foreignKey().table(), t -> new TableSpec(t.name(), t.columns(), t.primaryKey(),
                    t.uniques(), append(t.foreignKeys(), o.foreignKey()), t.indexes()));
        }
        if (op instanceof DropForeignKey o) {
            return on(before, o.table(), t -> new TableSpec(t.name(), t.columns(), t.primaryKey(), t.uniques(),
                    t.foreignKeys().stream().filter(f -> !same(f.name(), o.name())).toList(), t.indexes()));
        }
        if (op instanceof RawSql) {
            return before;
        }
        throw new IllegalArgumentException("Unknown operation " + op);
    }

    private static SchemaSnapshot on(SchemaSnapshot s, String table, UnaryOperator<TableSpec> change) {
        if (s.table(table).isEmpty()) {
            throw new IllegalArgumentException("No table " + table + " in the schema");
        }
        return new SchemaSnapshot(s.tables().stream().map(t -> same(t.name(), table) ? change.apply(t) : t).toList());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    static boolean same(String a, String b) {
        return a != null && a.equalsIgnoreCase(b);
    }
}
