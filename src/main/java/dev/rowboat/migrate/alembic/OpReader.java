package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyExpr.Call;
import dev.rowboat.migrate.alembic.PyExpr.Const;
import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.AddForeignKey;
import dev.rowboat.migrate.ops.AddUnique;
import dev.rowboat.migrate.ops.CreateIndex;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropForeignKey;
import dev.rowboat.migrate.ops.DropIndex;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.DropUnique;
import dev.rowboat.migrate.ops.RawSql;
import dev.rowboat.migrate.ops.RenameTable;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.UniqueSpec;
import java.util.List;
import java.util.Set;

/**
 * One {@code op.<name>(...)} call, or a {@code batch_op.<name>(...)} call inside
 * {@code with op.batch_alter_table(table)}, as Rowboat operations. Batch calls leave out the table
 * argument; otherwise they are the plain operations (the SQLite dialect copies tables itself).
 */
final class OpReader {
    private final Env env;
    private final Reading into;

    OpReader(Env env, Reading into) {
        this.env = env;
        this.into = into;
    }

    /** @param batchTable the table of the enclosing batch block, or null for {@code op.} calls */
    void read(Call call, String batchTable) {
        String name = call.callee().substring(call.callee().indexOf('.') + 1);
        Args a = new Args(call, env);
        int t = batchTable == null ? 1 : 0;
        switch (name) {
            case "create_table" -> into.add(CreateTableReader.read(notInBatch(a, batchTable), env, into));
            case "drop_table" -> into.add(new DropTable(options(notInBatch(a, batchTable), "table_name").string(0, "table_name")));
            case "rename_table" -> into.add(new RenameTable(options(notInBatch(a, batchTable), "old_table_name", "new_table_name")
                    .string(0, "old_table_name"), a.string(1, "new_table_name")));
            case "add_column" -> AddColumnReader.read(a, tableOf(a, batchTable), t, env, into);
            case "drop_column" -> into.add(new DropColumn(tableOf(a, batchTable), options(a, "table_name", "column_name",
                    "existing_type", "existing_nullable", "existing_server_default", "existing_comment").string(t, "column_name")));
            case "alter_column" -> AlterColumnReader.read(a, tableOf(a, batchTable), t, env, into);
            case "create_index" -> createIndex(a, batchTable, t);
            case "drop_index" -> dropIndex(a, batchTable);
            case "create_unique_constraint" -> {
                options(a, "constraint_name", "table_name", "columns");
                into.add(new AddUnique(new UniqueSpec(a.optString(0, "constraint_name"),
                        batchTable != null ? batchTable : a.string(1, "table_name"), a.strings(t + 1, "columns"))));
            }
            case "create_foreign_key" -> createForeignKey(a, batchTable);
            case "drop_constraint" -> dropConstraint(a, batchTable);
            case "create_check_constraint" -> throw new PyUnsupported("check constraints are not in Rowboat's schema model");
            case "create_primary_key" -> throw new PyUnsupported("Rowboat does not change a table's primary key");
            case "execute" -> execute(a);
            case "bulk_insert" -> BulkInsert.read(a, env).forEach(into::add);
            default -> throw new PyUnsupported((batchTable == null ? "op." : "batch_op.") + name + " is not an operation Rowboat reads");
        }
    }

    private static Args notInBatch(Args a, String batchTable) {
        if (batchTable != null) {
            throw new PyUnsupported("a table-level operation inside a batch block");
        }
        return a;
    }

    /** Refuses options other than {@code names} (and a default schema): ignoring one would be a guess. */
    private static Args options(Args a, String... names) {
        Set<String> known = new java.util.HashSet<>(List.of(names));
        known.add("schema");
        a.only(known);
        defaultSchema(a);
        return a;
    }

    /** A schema other than the connection's default is outside what a revision addresses. */
    static void defaultSchema(Args a) {
        for (String key : List.of("schema", "source_schema", "referent_schema")) {
            PyExpr s = a.get(-1, key);
            if (s != null && !(s instanceof Const c && c.value() == null)) {
                throw new PyUnsupported("a table in schema " + Args.string(s, new Env()) + ", not the default one");
            }
        }
    }

    private String tableOf(Args a, String batchTable) {
        return batchTable != null ? batchTable : a.string(0, "table_name");
    }

    private void createIndex(Args a, String batchTable, int t) {
        a.only(Set.of("table_name", "columns", "unique", "schema", "postgresql_concurrently", "if_not_exists"));
        defaultSchema(a);
        String table = batchTable != null ? batchTable : a.string(1, "table_name");
        into.add(new CreateIndex(new IndexSpec(a.string(0, "index_name"), table, a.strings(batchTable != null ? 1 : 2, "columns"),
                Boolean.TRUE.equals(a.bool(-1, "unique")))));
    }

    private void dropIndex(Args a, String batchTable) {
        a.only(Set.of("table_name", "schema", "postgresql_concurrently", "if_exists"));
        defaultSchema(a);
        String table = batchTable != null ? batchTable : a.optString(1, "table_name");
        if (table == null) {
            throw new PyUnsupported("drop_index without table_name (MariaDB needs the table)");
        }
        into.add(new DropIndex(table, a.string(0, "index_name")));
    }

    private void createForeignKey(Args a, String batchTable) {
        a.only(Set.of("constraint_name", "source_table", "referent_table", "local_cols", "remote_cols", "ondelete",
                "source_schema", "referent_schema"));
        defaultSchema(a);
        int t = batchTable == null ? 1 : 0;
        String source = batchTable != null ? batchTable : a.string(1, "source_table");
        into.add(new AddForeignKey(new ForeignKeySpec(a.optString(0, "constraint_name"), source, a.strings(t + 2, "local_cols"),
                a.string(t + 1, "referent_table"), a.strings(t + 3, "remote_cols"), SaColumn.upper(a.optString(-1, "ondelete")))));
    }

    private void dropConstraint(Args a, String batchTable) {
        a.only(Set.of("table_name", "type_", "schema"));
        defaultSchema(a);
        String table = batchTable != null ? batchTable : a.string(1, "table_name");
        String constraint = a.string(0, "constraint_name");
        String type = a.optString(batchTable != null ? 1 : 2, "type_");
        if ("foreignkey".equals(type)) {
            into.add(new DropForeignKey(table, constraint));
        } else if ("unique".equals(type)) {
            into.add(new DropUnique(table, constraint));
        } else if ("check".equals(type)) {
            throw new PyUnsupported("check constraints are not in Rowboat's schema model");
        } else if ("primary".equals(type)) {
            throw new PyUnsupported("Rowboat does not change a table's primary key");
        } else {
            throw new PyUnsupported("drop_constraint without type_: Rowboat cannot tell what kind of constraint " + constraint + " is");
        }
    }

    private void execute(Args a) {
        a.only(Set.of("execution_options"));
        PyExpr sql = a.get(0, "sqltext");
        if (sql instanceof Call c && (c.callee().endsWith(".text") || c.callee().equals("text")) && c.args().size() == 1) {
            sql = env.resolve(c.args().get(0));
        }
        if (!(sql instanceof PyExpr.Str s)) {
            throw new PyUnsupported("op.execute of SQL built in Python");
        }
        into.add(RawSql.of(s.value()));
    }
}
