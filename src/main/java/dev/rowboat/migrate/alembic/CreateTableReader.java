package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyExpr.Call;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.UniqueSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code op.create_table(name, *columns, *constraints)} as autogenerate writes it. A check
 * constraint is left out of the table and reported unread: the schema model has none.
 */
final class CreateTableReader {
    private final String table;
    private final Env env;
    private final List<SaColumn> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<UniqueSpec> uniques = new ArrayList<>();
    private final List<ForeignKeySpec> foreignKeys = new ArrayList<>();
    private final List<IndexSpec> indexes = new ArrayList<>();

    private CreateTableReader(String table, Env env) {
        this.table = table;
        this.env = env;
    }

    static CreateTable read(Args args, Env env, Reading into) {
        args.only(Set.of("schema", "comment", "sqlite_autoincrement", "mysql_engine", "mysql_charset", "mysql_collate",
                "mariadb_engine", "mariadb_charset", "mariadb_collate", "info"));
        OpReader.defaultSchema(args);
        CreateTableReader r = new CreateTableReader(args.string(0, "table_name"), env);
        for (PyExpr item : args.rest(1)) {
            r.item(item, into);
        }
        return new CreateTable(r.spec());
    }

    private void item(PyExpr item, Reading into) {
        if (SaColumn.is(item)) {
            SaColumn c = SaColumn.read((Call) item, table, env);
            columns.add(c);
            if (c.primaryKey()) {
                primaryKey.add(c.name());
            }
            if (c.unique()) {
                uniques.add(new UniqueSpec(null, table, List.of(c.name())));
            }
            if (c.index()) {
                // SQLAlchemy's default naming convention for index=True
                indexes.add(new IndexSpec("ix_" + table + "_" + c.name(), table, List.of(c.name()), false));
            }
            foreignKeys.addAll(c.foreignKeys());
            return;
        }
        if (!(item instanceof Call call)) {
            throw new PyUnsupported("a create_table argument computed in Python");
        }
        String kind = call.callee().substring(call.callee().lastIndexOf('.') + 1);
        Args a = new Args(call, env);
        switch (kind) {
            case "PrimaryKeyConstraint" -> {
                a.only(Set.of("name"));
                primaryKey.clear();
                a.rest(0).forEach(e -> primaryKey.add(Args.string(e, env)));
            }
            case "UniqueConstraint" -> {
                a.only(Set.of("name"));
                uniques.add(new UniqueSpec(a.optString(-1, "name"), table, a.rest(0).stream().map(e -> Args.string(e, env)).toList()));
            }
            case "ForeignKeyConstraint" -> foreignKeys.add(foreignKey(a));
            case "CheckConstraint" -> into.unread(call.line(), "check constraints are not in Rowboat's schema model");
            case "Index" -> {
                a.only(Set.of("unique"));
                indexes.add(new IndexSpec(a.string(0, "name"), table, a.rest(1).stream().map(e -> Args.string(e, env)).toList(),
                        Boolean.TRUE.equals(a.bool(-1, "unique"))));
            }
            default -> throw new PyUnsupported(call.callee() + " is not a table part Rowboat reads");
        }
    }

    private ForeignKeySpec foreignKey(Args a) {
        a.only(Set.of("name", "ondelete"));
        List<String> local = a.strings(0, "columns");
        List<String> targets = a.strings(1, "refcolumns");
        String refTable = null;
        List<String> refColumns = new ArrayList<>();
        for (String target : targets) {
            int dot = target.lastIndexOf('.');
            if (dot < 0) {
                throw new PyUnsupported("a foreign key target without a table");
            }
            refTable = target.substring(0, dot);
            refColumns.add(target.substring(dot + 1));
        }
        return new ForeignKeySpec(a.optString(-1, "name"), table, local, refTable, refColumns, SaColumn.upper(a.optString(-1, "ondelete")));
    }

    private TableSpec spec() {
        boolean soleKey = primaryKey.size() == 1;
        List<ColumnSpec> specs = columns.stream().map(c -> {
            boolean inKey = primaryKey.contains(c.name());
            boolean referencing = foreignKeys.stream().anyMatch(f -> f.columns().contains(c.name()));
            return c.spec(inKey, inKey ? c.autoIncrements(soleKey, referencing) : Boolean.TRUE.equals(c.autoincrement()));
        }).toList();
        return new TableSpec(table, specs, primaryKey, uniques, foreignKeys, indexes);
    }
}
