package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.AddForeignKey;
import dev.rowboat.migrate.ops.AddUnique;
import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.CreateIndex;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropForeignKey;
import dev.rowboat.migrate.ops.DropIndex;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.DropUnique;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.migrate.ops.RawSql;
import dev.rowboat.migrate.ops.RenameColumn;
import dev.rowboat.migrate.ops.RenameTable;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The body of {@code upgrade()} or {@code downgrade()} as Flask-Migrate's autogenerate writes it
 * with {@code render_as_batch=True}: table-level operations on {@code op}, consecutive per-table
 * operations of one table in one {@code with op.batch_alter_table(...) as batch_op:} block.
 */
final class OpWriter {
    private final Set<String> imports;
    private final List<String> lines = new ArrayList<>();
    private String batchTable;
    /**
     * What the open batch block creates (columns, indexes, constraints): Alembic's batch mode on
     * SQLite cannot alter or drop those in the same block, so such an operation opens a new one.
     */
    private final Set<String> createdInBatch = new java.util.HashSet<>();

    private OpWriter(Set<String> imports) {
        this.imports = imports;
    }

    /** The body's lines, each indented for the function. */
    static List<String> write(List<Operation> ops, Set<String> imports) {
        OpWriter w = new OpWriter(imports);
        for (Operation op : ops) {
            w.operation(op);
        }
        w.closeBatch();
        return w.lines;
    }

    private void operation(Operation op) {
        if (op instanceof CreateTable c) {
            top(createTable(c.table()));
            for (IndexSpec i : c.table().indexes()) {
                batch(i.table(), "create_index(" + s(i.name()) + ", " + PyLiterals.list(i.columns()) + ", unique=" + py(i.unique()) + ")");
            }
        } else if (op instanceof DropTable d) {
            top("op.drop_table(" + s(d.table()) + ")");
        } else if (op instanceof RenameTable r) {
            top("op.rename_table(" + s(r.from()) + ", " + s(r.to()) + ")");
        } else if (op instanceof AddColumn a) {
            batch(a.table(), "add_column(" + column(a.column(), a.column().autoIncrement()) + ")");
            created("column " + a.column().name());
        } else if (op instanceof DropColumn d) {
            separateFromCreate(d.table(), "column " + d.column());
            batch(d.table(), "drop_column(" + s(d.column()) + ")");
        } else if (op instanceof AlterColumn a) {
            separateFromCreate(a.table(), "column " + (a.previous() == null ? a.column().name() : a.previous().name()));
            batch(a.table(), alterColumn(a));
        } else if (op instanceof RenameColumn r) {
            separateFromCreate(r.table(), "column " + r.from());
            batch(r.table(), "alter_column(" + s(r.from()) + ", new_column_name=" + s(r.to()) + ")");
        } else if (op instanceof CreateIndex c) {
            IndexSpec i = c.index();
            batch(i.table(), "create_index(" + s(i.name()) + ", " + PyLiterals.list(i.columns()) + ", unique=" + py(i.unique()) + ")");
            created("index " + i.name());
        } else if (op instanceof DropIndex d) {
            separateFromCreate(d.table(), "index " + d.name());
            batch(d.table(), "drop_index(" + s(d.name()) + ")");
        } else if (op instanceof AddUnique a) {
            batch(a.unique().table(), "create_unique_constraint(" + s(a.unique().name()) + ", " + PyLiterals.list(a.unique().columns()) + ")");
            created("constraint " + a.unique().name());
        } else if (op instanceof DropUnique d) {
            separateFromCreate(d.table(), "constraint " + d.name());
            batch(d.table(), "drop_constraint(" + s(d.name()) + ", type_='unique')");
        } else if (op instanceof AddForeignKey a) {
            ForeignKeySpec f = a.foreignKey();
            batch(f.table(), "create_foreign_key(" + s(f.name()) + ", " + s(f.refTable()) + ", " + PyLiterals.list(f.columns()) + ", "
                    + PyLiterals.list(f.refColumns()) + (f.onDelete() == null ? "" : ", ondelete=" + s(f.onDelete())) + ")");
            created("constraint " + f.name());
        } else if (op instanceof DropForeignKey d) {
            separateFromCreate(d.table(), "constraint " + d.name());
            batch(d.table(), "drop_constraint(" + s(d.name()) + ", type_='foreignkey')");
        } else if (op instanceof RawSql r) {
            if (r.byDatabase().isEmpty()) {
                SqlScript.statements(r.sql()).forEach(statement -> top("op.execute(" + s(statement) + ")"));
            } else {
                top("op.execute(" + sql(r) + ")");
            }
        }
    }

    /**
     * Per-database variants become a lookup on the dialect's name (MariaDB is "mysql" or
     * "mariadb" to SQLAlchemy); Alembic runs it, and Rowboat reads it back as unread Python.
     */
    private static String sql(RawSql r) {
        Map<String, String> variants = new TreeMap<>(r.byDatabase());
        if (variants.containsKey("mariadb")) {
            variants.putIfAbsent("mysql", variants.get("mariadb"));
        }
        List<String> entries = new ArrayList<>();
        variants.forEach((k, v) -> entries.add(s(k) + ": " + s(v)));
        return "{" + String.join(", ", entries) + "}.get(op.get_context().dialect.name, " + s(r.sql()) + ")";
    }

    private String createTable(TableSpec t) {
        List<String> parts = new ArrayList<>();
        boolean soleKey = t.primaryKey().size() == 1;
        for (ColumnSpec c : t.columns()) {
            boolean inKey = t.primaryKey().stream().anyMatch(k -> k.equals(c.name()));
            boolean referencing = t.foreignKeys().stream().anyMatch(f -> f.columns().contains(c.name()));
            boolean auto = inKey && SaColumn.autoByDefault(c.type(), soleKey, c.defaultSql() != null, referencing);
            parts.add(column(c, c.autoIncrement() == auto ? null : c.autoIncrement()));
        }
        // Alembic orders a table's constraints by kind: foreign keys, primary key, uniques
        for (ForeignKeySpec f : t.foreignKeys()) {
            List<String> targets = f.refColumns().stream().map(rc -> f.refTable() + "." + rc).toList();
            parts.add("sa.ForeignKeyConstraint(" + PyLiterals.list(f.columns()) + ", " + PyLiterals.list(targets)
                    + (f.name() == null ? "" : ", name=" + s(f.name())) + (f.onDelete() == null ? ", " : ", ondelete=" + s(f.onDelete())) + ")");
        }
        if (!t.primaryKey().isEmpty()) {
            parts.add("sa.PrimaryKeyConstraint(" + String.join(", ", t.primaryKey().stream().map(OpWriter::s).toList()) + ")");
        }
        t.uniques().forEach(u -> parts.add("sa.UniqueConstraint(" + String.join(", ", u.columns().stream().map(OpWriter::s).toList())
                + (u.name() == null ? "" : ", name=" + s(u.name())) + ")"));
        return "op.create_table(" + s(t.name()) + ",\n" + String.join(",\n", parts) + "\n)";
    }

    /** @param autoincrement written only when it differs from what SQLAlchemy would decide */
    private String column(ColumnSpec c, Boolean autoincrement) {
        StringBuilder out = new StringBuilder("sa.Column(").append(s(c.name())).append(", ").append(SaTypes.write(c.type(), imports));
        if (c.defaultSql() != null) {
            out.append(", server_default=").append(defaultSql(c.defaultSql()));
        }
        if (autoincrement != null) {
            out.append(", autoincrement=").append(py(autoincrement));
        }
        return out.append(", nullable=").append(py(c.nullable())).append(")").toString();
    }

    private String column(ColumnSpec c, boolean autoIncrement) {
        return column(c, autoIncrement ? Boolean.TRUE : null);
    }

    /** A quoted literal as a string SQLAlchemy quotes again; any other SQL through sa.text(). */
    static String defaultSql(String sql) {
        if (sql.length() >= 2 && sql.startsWith("'") && sql.endsWith("'") && !sql.substring(1, sql.length() - 1).replace("''", "").contains("'")) {
            return s(sql.substring(1, sql.length() - 1).replace("''", "'"));
        }
        return "sa.text(" + s(sql) + ")";
    }

    private String alterColumn(AlterColumn a) {
        ColumnSpec before = a.previous();
        ColumnSpec after = a.column();
        List<String> args = new ArrayList<>();
        String indent = "\n           ";
        if (before == null || !before.type().equals(after.type())) {
            if (before != null) {
                args.add("existing_type=" + SaTypes.write(before.type(), imports));
            }
            args.add("type_=" + SaTypes.write(after.type(), imports));
        } else {
            args.add("existing_type=" + SaTypes.write(before.type(), imports));
        }
        if (before == null || before.nullable() != after.nullable()) {
            args.add("nullable=" + py(after.nullable()));
        } else {
            args.add("existing_nullable=" + py(before.nullable()));
        }
        if (before == null || !Objects.equals(before.defaultSql(), after.defaultSql())) {
            args.add("server_default=" + (after.defaultSql() == null ? "None" : defaultSql(after.defaultSql())));
        }
        if (before != null && before.defaultSql() != null) {
            args.add("existing_server_default=" + defaultSql(before.defaultSql()));
        }
        if (before != null && before.autoIncrement() != after.autoIncrement()) {
            args.add("autoincrement=" + py(after.autoIncrement()));
        }
        if (before != null && before.autoIncrement()) {
            args.add("existing_autoincrement=True");
        }
        return "alter_column(" + s(after.name()) + "," + indent + String.join("," + indent, args) + ")";
    }

    private void top(String statement) {
        closeBatch();
        for (String line : statement.split("\n", -1)) {
            lines.add("    " + line);
        }
    }

    private void batch(String table, String call) {
        if (!table.equals(batchTable)) {
            closeBatch();
            lines.add("    with op.batch_alter_table(" + s(table) + ", schema=None) as batch_op:");
            batchTable = table;
        }
        String[] parts = call.split("\n", -1);
        lines.add("        batch_op." + parts[0]);
        for (int i = 1; i < parts.length; i++) {
            lines.add("    " + parts[i]);
        }
    }

    private void separateFromCreate(String table, String what) {
        if (table.equals(batchTable) && createdInBatch.contains(what)) {
            closeBatch();
        }
    }

    /** Records what the operation just written into the open block created. */
    private void created(String what) {
        createdInBatch.add(what);
    }

    /** Alembic leaves an empty line after each batch block. */
    private void closeBatch() {
        createdInBatch.clear();
        if (batchTable != null) {
            lines.add("");
            batchTable = null;
        }
    }

    private static String s(String text) {
        return PyLiterals.string(text);
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }
}
