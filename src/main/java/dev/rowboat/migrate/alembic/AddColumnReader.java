package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyExpr.Call;
import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.AddForeignKey;
import dev.rowboat.migrate.ops.AddUnique;
import dev.rowboat.migrate.ops.CreateIndex;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.UniqueSpec;
import java.util.List;
import java.util.Set;

/**
 * {@code add_column(table, sa.Column(...))}. Alembic also creates what the column says about its
 * table (unique, index, foreign keys), so those follow as operations of their own.
 */
final class AddColumnReader {
    private AddColumnReader() {
    }

    static void read(Args a, String table, int at, Env env, Reading into) {
        a.only(Set.of("table_name", "column", "schema", "insert_before", "insert_after"));
        OpReader.defaultSchema(a);
        if (a.get(-1, "insert_before") != null || a.get(-1, "insert_after") != null) {
            throw new PyUnsupported("a column placed among the others: Rowboat adds columns at the end");
        }
        PyExpr column = a.get(at, "column");
        if (!SaColumn.is(column)) {
            throw new PyUnsupported("add_column of a column built in Python");
        }
        SaColumn c = SaColumn.read((Call) column, table, env);
        if (c.primaryKey()) {
            throw new PyUnsupported("Rowboat does not change a table's primary key");
        }
        into.add(new AddColumn(table, c.spec(false, Boolean.TRUE.equals(c.autoincrement()))));
        if (c.unique()) {
            into.add(new AddUnique(new UniqueSpec(null, table, List.of(c.name()))));
        }
        if (c.index()) {
            into.add(new CreateIndex(new IndexSpec("ix_" + table + "_" + c.name(), table, List.of(c.name()), false)));
        }
        c.foreignKeys().forEach(fk -> into.add(new AddForeignKey(fk)));
    }
}
