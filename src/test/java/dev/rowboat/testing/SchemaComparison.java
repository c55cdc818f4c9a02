package dev.rowboat.testing;

import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.LiveSchemaReader;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.UniqueSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The differences between two live schemas that a person would care about when asking "did
 * these two tools make the same tables?": tables; columns, their order, portable types,
 * nullability and auto-increment; primary keys; named indexes and whether they are unique;
 * unique constraints (a unique index is not one); foreign keys as columns → table(columns).
 *
 * <p>Left out: the tools' own bookkeeping ({@code alembic_version}, {@code rowboat_*}), and the
 * names of foreign keys and of unique constraints SQLite named itself ({@code sqlite_autoindex_*})
 * when neither side named them, since each tool names those its own way. Names compare without case.
 */
public final class SchemaComparison {
    /** One difference: in {@code table} (null for the schema), {@code aspect} is {@code left} on one side and {@code right} on the other. */
    public record Difference(String table, String aspect, String left, String right) {
        @Override
        public String toString() {
            return (table == null ? "" : table + ": ") + aspect + ": " + left + " vs " + right;
        }
    }

    private static final String ABSENT = "(none)";

    private SchemaComparison() {
    }

    /** Reads both databases and compares them. */
    public static List<Difference> compare(ConnectionSpec left, ConnectionSpec right) {
        return compare(read(left), read(right));
    }

    /** The live schema of {@code spec} without the migration tools' own tables. */
    public static SchemaSnapshot read(ConnectionSpec spec) {
        try (Connection c = ConnectionSource.of(spec).open()) {
            SchemaSnapshot all = LiveSchemaReader.read(c, spec.dbms());
            return new SchemaSnapshot(all.tables().stream().filter(t -> !isBookkeeping(t.name())).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + spec.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    public static List<Difference> compare(SchemaSnapshot left, SchemaSnapshot right) {
        List<Difference> out = new ArrayList<>();
        Map<String, TableSpec> l = byKey(left.tables().stream().filter(t -> !isBookkeeping(t.name())).toList(), TableSpec::name);
        Map<String, TableSpec> r = byKey(right.tables().stream().filter(t -> !isBookkeeping(t.name())).toList(), TableSpec::name);
        for (String name : union(l, r)) {
            TableSpec a = l.get(name);
            TableSpec b = r.get(name);
            if (a == null || b == null) {
                out.add(new Difference(null, "table " + name, a == null ? ABSENT : "present", b == null ? ABSENT : "present"));
            } else {
                compareTables(name, a, b, out);
            }
        }
        return out;
    }

    private static void compareTables(String table, TableSpec a, TableSpec b, List<Difference> out) {
        List<String> aColumns = lower(a.columns().stream().map(ColumnSpec::name).toList());
        List<String> bColumns = lower(b.columns().stream().map(ColumnSpec::name).toList());
        if (!aColumns.equals(bColumns)) {
            boolean sameSet = new TreeSet<>(aColumns).equals(new TreeSet<>(bColumns));
            out.add(new Difference(table, sameSet ? "column order" : "columns", aColumns.toString(), bColumns.toString()));
        }
        for (ColumnSpec ca : a.columns()) {
            b.column(ca.name()).ifPresent(cb -> compareColumns(table, ca, cb, out));
        }
        same(out, table, "primary key", lower(a.primaryKey()).toString(), lower(b.primaryKey()).toString());
        compareKeyed(out, table, "index ", byKey(a.indexes(), IndexSpec::name), byKey(b.indexes(), IndexSpec::name),
                i -> (i.unique() ? "unique " : "") + lower(i.columns()));
        compareKeyed(out, table, "unique constraint on ", byKey(a.uniques(), u -> lower(u.columns()).toString()),
                byKey(b.uniques(), u -> lower(u.columns()).toString()), SchemaComparison::uniqueName);
        same(out, table, "foreign keys", foreignKeys(a).toString(), foreignKeys(b).toString());
    }

    private static void compareColumns(String table, ColumnSpec a, ColumnSpec b, List<Difference> out) {
        String column = "column " + a.name().toLowerCase(Locale.ROOT) + " ";
        same(out, table, column + "type", a.type().toString(), b.type().toString());
        same(out, table, column + "nullable", String.valueOf(a.nullable()), String.valueOf(b.nullable()));
        same(out, table, column + "auto-increment", String.valueOf(a.autoIncrement()), String.valueOf(b.autoIncrement()));
    }

    /** A unique constraint's name, or "unnamed" for one SQLite named itself (the tools cannot agree on those). */
    private static String uniqueName(UniqueSpec u) {
        String name = u.name() == null ? "" : u.name().toLowerCase(Locale.ROOT);
        return name.isEmpty() || name.startsWith("sqlite_autoindex_") ? "unnamed" : "named " + name;
    }

    private static List<String> foreignKeys(TableSpec t) {
        return t.foreignKeys().stream().map(SchemaComparison::foreignKey).sorted().toList();
    }

    private static String foreignKey(ForeignKeySpec fk) {
        return lower(fk.columns()) + " -> " + fk.refTable().toLowerCase(Locale.ROOT) + lower(fk.refColumns())
                + (fk.onDelete() == null ? "" : " on delete " + fk.onDelete().toLowerCase(Locale.ROOT));
    }

    private static <T> void compareKeyed(List<Difference> out, String table, String aspect, Map<String, T> a, Map<String, T> b,
                                         Function<T, String> describe) {
        for (String key : union(a, b)) {
            same(out, table, aspect + key, Optional.ofNullable(a.get(key)).map(describe).orElse(ABSENT),
                    Optional.ofNullable(b.get(key)).map(describe).orElse(ABSENT));
        }
    }

    private static void same(List<Difference> out, String table, String aspect, String a, String b) {
        if (!Objects.equals(a, b)) {
            out.add(new Difference(table, aspect, a, b));
        }
    }

    private static boolean isBookkeeping(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return name.equals("alembic_version") || name.startsWith("rowboat_");
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> out = new TreeMap<>();
        items.forEach(i -> out.put(key.apply(i).toLowerCase(Locale.ROOT), i));
        return out;
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
