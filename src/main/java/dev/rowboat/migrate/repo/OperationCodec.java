package dev.rowboat.migrate.repo;

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
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.UniqueSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Operations to and from their revision-file form: {@code op: create_table} and its keys. */
final class OperationCodec {
    static final List<String> NAMES = List.of("create_table", "drop_table", "rename_table", "add_column", "drop_column",
            "alter_column", "rename_column", "create_index", "drop_index", "add_unique", "drop_unique",
            "add_foreign_key", "drop_foreign_key", "sql");

    private OperationCodec() {
    }

    static Map<String, Object> write(Operation op) {
        Entries m = new Entries();
        if (op instanceof CreateTable c) {
            TableSpec t = c.table();
            m.put("op", "create_table").put("table", t.name());
            m.put("columns", t.columns().stream().map(ColumnCodec::write).toList());
            m.putList("primary_key", t.primaryKey());
            m.putList("uniques", t.uniques().stream().map(u -> uniqueFields(new Entries(), u).map).toList());
            m.putList("foreign_keys", t.foreignKeys().stream().map(f -> foreignKeyFields(new Entries(), f).map).toList());
            m.putList("indexes", t.indexes().stream().map(i -> indexFields(new Entries(), i).map).toList());
        } else if (op instanceof DropTable d) {
            m.put("op", "drop_table").put("table", d.table());
        } else if (op instanceof RenameTable r) {
            m.put("op", "rename_table").put("from", r.from()).put("to", r.to());
        } else if (op instanceof AddColumn a) {
            m.put("op", "add_column").put("table", a.table()).put("column", ColumnCodec.write(a.column()));
        } else if (op instanceof DropColumn d) {
            m.put("op", "drop_column").put("table", d.table()).put("column", d.column());
        } else if (op instanceof AlterColumn a) {
            m.put("op", "alter_column").put("table", a.table())
                    .put("previous", ColumnCodec.write(a.previous())).put("column", ColumnCodec.write(a.column()));
        } else if (op instanceof RenameColumn r) {
            m.put("op", "rename_column").put("table", r.table()).put("from", r.from()).put("to", r.to());
        } else if (op instanceof CreateIndex c) {
            indexFields(m.put("op", "create_index").put("table", c.index().table()), c.index());
        } else if (op instanceof DropIndex d) {
            m.put("op", "drop_index").put("table", d.table()).put("name", d.name());
        } else if (op instanceof AddUnique a) {
            uniqueFields(m.put("op", "add_unique").put("table", a.unique().table()), a.unique());
        } else if (op instanceof DropUnique d) {
            m.put("op", "drop_unique").put("table", d.table()).put("name", d.name());
        } else if (op instanceof AddForeignKey a) {
            foreignKeyFields(m.put("op", "add_foreign_key").put("table", a.foreignKey().table()), a.foreignKey());
        } else if (op instanceof DropForeignKey d) {
            m.put("op", "drop_foreign_key").put("table", d.table()).put("name", d.name());
        } else if (op instanceof RawSql r) {
            m.put("op", "sql").put("sql", r.sql());
            if (!r.byDatabase().isEmpty()) {
                m.put("by_database", new TreeMap<>(r.byDatabase()));
            }
        }
        return m.map;
    }

    static Operation read(YamlNode node) {
        Fields f = new Fields(node, "operation");
        String op = f.string("op");
        return switch (op) {
            case "create_table" -> {
                f.only(Set.of("op", "table", "columns", "primary_key", "uniques", "foreign_keys", "indexes"));
                String table = f.string("table");
                yield new CreateTable(new TableSpec(table,
                        f.maps("columns", "column").stream().map(ColumnCodec::read).toList(),
                        f.strings("primary_key"),
                        f.maps("uniques", "unique").stream().map(u -> readUnique(u.only(Set.of("name", "columns")), table)).toList(),
                        f.maps("foreign_keys", "foreign key").stream()
                                .map(k -> readForeignKey(k.only(Set.of("name", "columns", "ref_table", "ref_columns", "on_delete")), table))
                                .toList(),
                        f.maps("indexes", "index").stream().map(i -> readIndex(i.only(Set.of("name", "columns", "unique")), table)).toList()));
            }
            case "drop_table" -> new DropTable(f.only(Set.of("op", "table")).string("table"));
            case "rename_table" -> new RenameTable(f.only(Set.of("op", "from", "to")).string("from"), f.string("to"));
            case "add_column" -> new AddColumn(f.only(Set.of("op", "table", "column")).string("table"), ColumnCodec.read(f.map("column")));
            case "drop_column" -> new DropColumn(f.only(Set.of("op", "table", "column")).string("table"), f.string("column"));
            case "alter_column" -> new AlterColumn(f.only(Set.of("op", "table", "previous", "column")).string("table"),
                    ColumnCodec.read(f.map("previous")), ColumnCodec.read(f.map("column")));
            case "rename_column" -> new RenameColumn(f.only(Set.of("op", "table", "from", "to")).string("table"),
                    f.string("from"), f.string("to"));
            case "create_index" -> new CreateIndex(readIndex(f.only(Set.of("op", "table", "name", "columns", "unique")), f.string("table")));
            case "drop_index" -> new DropIndex(f.only(Set.of("op", "table", "name")).string("table"), f.string("name"));
            case "add_unique" -> new AddUnique(readUnique(f.only(Set.of("op", "table", "name", "columns")), f.string("table")));
            case "drop_unique" -> new DropUnique(f.only(Set.of("op", "table", "name")).string("table"), f.string("name"));
            case "add_foreign_key" -> new AddForeignKey(readForeignKey(
                    f.only(Set.of("op", "table", "name", "columns", "ref_table", "ref_columns", "on_delete")), f.string("table")));
            case "drop_foreign_key" -> new DropForeignKey(f.only(Set.of("op", "table", "name")).string("table"), f.string("name"));
            case "sql" -> readSql(f.only(Set.of("op", "sql", "by_database")));
            default -> throw new MalformedRevision(node.map().get("op").line(),
                    "unknown operation \"" + op + "\" (known: " + String.join(", ", NAMES) + ")");
        };
    }

    private static RawSql readSql(Fields f) {
        Map<String, String> byDatabase = new LinkedHashMap<>();
        if (f.has("by_database")) {
            Fields variants = f.map("by_database").only(Set.of("h2", "sqlite", "postgresql", "mariadb"));
            variants.entries().keySet().forEach(k -> byDatabase.put(k, variants.string(k)));
        }
        String sql = f.optString("sql");
        if (sql == null && byDatabase.isEmpty()) {
            throw new MalformedRevision(f.line(), "operation sql: \"sql\" is missing");
        }
        return new RawSql(sql, byDatabase);
    }

    private static Entries indexFields(Entries m, IndexSpec i) {
        m.put("name", i.name()).put("columns", i.columns());
        if (i.unique()) {
            m.put("unique", true);
        }
        return m;
    }

    private static Entries uniqueFields(Entries m, UniqueSpec u) {
        return m.put("name", u.name()).put("columns", u.columns());
    }

    private static Entries foreignKeyFields(Entries m, ForeignKeySpec f) {
        return m.put("name", f.name()).put("columns", f.columns()).put("ref_table", f.refTable())
                .put("ref_columns", f.refColumns()).put("on_delete", f.onDelete());
    }

    private static IndexSpec readIndex(Fields f, String table) {
        return new IndexSpec(f.optString("name"), table, f.strings("columns"), f.bool("unique", false));
    }

    private static UniqueSpec readUnique(Fields f, String table) {
        return new UniqueSpec(f.optString("name"), table, f.strings("columns"));
    }

    private static ForeignKeySpec readForeignKey(Fields f, String table) {
        return new ForeignKeySpec(f.optString("name"), table, f.strings("columns"), f.string("ref_table"),
                f.strings("ref_columns"), f.optString("on_delete"));
    }

    /** An ordered mapping that leaves out nulls, so files hold only what was said. */
    static final class Entries {
        final Map<String, Object> map = new LinkedHashMap<>();

        Entries put(String key, Object value) {
            if (value != null) {
                map.put(key, value);
            }
            return this;
        }

        Entries putList(String key, List<?> value) {
            return value.isEmpty() ? this : put(key, value);
        }
    }
}
