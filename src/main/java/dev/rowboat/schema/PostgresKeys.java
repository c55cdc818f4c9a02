package dev.rowboat.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's primary keys, foreign keys and indexes of every table of a schema in one catalog
 * query each, with what the driver's per-table {@code getPrimaryKeys}, {@code getImportedKeys}
 * and {@code getIndexInfo} give (the same names, positions and rules), which cost three round
 * trips a table: most of the time a schema of 1,000 tables took to open.
 */
final class PostgresKeys {
    private static final String PRIMARY_KEYS = "select t.relname, ci.relname, k.n, a.attname"
            + " from pg_catalog.pg_index i"
            + " join pg_catalog.pg_class t on t.oid = i.indrelid"
            + " join pg_catalog.pg_namespace ns on ns.oid = t.relnamespace"
            + " join pg_catalog.pg_class ci on ci.oid = i.indexrelid"
            + " cross join lateral unnest(i.indkey::int2[]) with ordinality as k(attnum, n)"
            + " join pg_catalog.pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum"
            + " where i.indisprimary and ns.nspname = ? and k.n <= i.indnkeyatts";
    /**
     * Column names by scalar subqueries, the schema by its oid: written as joins, the planner (which
     * expects one foreign key where there are 1,000) scanned every attribute of each table per key
     * column and matched the namespace by name per row, 22 ms for 200 tables against 8.
     */
    private static final String FOREIGN_KEYS = "select t.relname, con.conname, k.n,"
            + " (select a.attname from pg_catalog.pg_attribute a where a.attrelid = con.conrelid and a.attnum = k.attnum),"
            + " rt.relname,"
            + " (select ra.attname from pg_catalog.pg_attribute ra where ra.attrelid = con.confrelid and ra.attnum = k.refnum),"
            + " con.confdeltype"
            + " from pg_catalog.pg_constraint con"
            + " join pg_catalog.pg_class t on t.oid = con.conrelid"
            + " join pg_catalog.pg_class rt on rt.oid = con.confrelid"
            + " cross join lateral unnest(con.conkey, con.confkey) with ordinality as k(attnum, refnum, n)"
            + " where con.contype = 'f' and t.relnamespace = (select ns.oid from pg_catalog.pg_namespace ns where ns.nspname = ?)";
    private static final String INDEXES = "select t.relname, ci.relname, not i.indisunique, k.n,"
            + " trim(both '\"' from pg_catalog.pg_get_indexdef(ci.oid, k.n::int, false))"
            + " from pg_catalog.pg_index i"
            + " join pg_catalog.pg_class t on t.oid = i.indrelid"
            + " join pg_catalog.pg_namespace ns on ns.oid = t.relnamespace"
            + " join pg_catalog.pg_class ci on ci.oid = i.indexrelid"
            + " cross join lateral unnest(i.indkey::int2[]) with ordinality as k(attnum, n)"
            // a primary key's index is one a constraint brought along, left out below anyway; deparsing
            // its columns (pg_get_indexdef) was most of the query: 15 -> 2 ms for 200 tables
            + " where ns.nspname = ? and not i.indisprimary";

    private PostgresKeys() {
    }

    /** Primary and foreign keys; a primary key's index joins the indexes a constraint brought along. */
    static void read(Connection c, String schema, Map<String, TableParts> tables, Map<String, Set<String>> constraintIndexes)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PRIMARY_KEYS)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableParts t = tables.get(rs.getString(1));
                    if (t != null) {
                        t.primaryKey.put(rs.getInt(3), rs.getString(4));
                        constraintIndexes.computeIfAbsent(rs.getString(1), x -> new HashSet<>()).add(rs.getString(2));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(FOREIGN_KEYS)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableParts t = tables.get(rs.getString(1));
                    if (t == null) {
                        continue;
                    }
                    TableParts.ForeignKeyParts fk = t.foreignKeys.computeIfAbsent(rs.getString(2), n -> new TableParts.ForeignKeyParts());
                    int seq = rs.getInt(3);
                    fk.columns.put(seq, rs.getString(4));
                    fk.refColumns.put(seq, rs.getString(6));
                    fk.refTable = rs.getString(5);
                    fk.onDelete = onDelete(rs.getString(7));
                }
            }
        }
    }

    /** Indexes the database has besides those a constraint brought along. */
    static void readIndexes(Connection c, String schema, Map<String, TableParts> tables, Map<String, Set<String>> constraintIndexes)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INDEXES)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableParts t = tables.get(rs.getString(1));
                    String index = rs.getString(2);
                    if (t == null || index == null || constraintIndexes.getOrDefault(rs.getString(1), Set.of()).contains(index)) {
                        continue;
                    }
                    t.indexes.computeIfAbsent(index, x -> new HashMap<>()).put(rs.getInt(4), rs.getString(5));
                    t.indexUnique.put(index, !rs.getBoolean(3));
                }
            }
        }
    }

    /** As the driver maps {@code confdeltype}: NO ACTION and RESTRICT are the default, null. */
    private static String onDelete(String rule) {
        return switch (rule) {
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> null;
        };
    }
}
