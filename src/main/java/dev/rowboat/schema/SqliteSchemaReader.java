package dev.rowboat.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SQLite's {@code main} schema through its PRAGMA table functions. SQLite forgets the names
 * of table constraints, so they are taken from the CREATE TABLE text kept in
 * {@code sqlite_master}; types are the declared type text, parsed back into portable types.
 */
final class SqliteSchemaReader {
    private static final String NAME = "(?:\"((?:[^\"]|\"\")+)\"|`([^`]+)`|\\[([^]]+)]|([A-Za-z_][A-Za-z0-9_$]*))";
    private static final Pattern NAMED_CONSTRAINT = Pattern.compile(
            "(?i)CONSTRAINT\\s+" + NAME + "\\s+(UNIQUE|FOREIGN\\s+KEY)\\s*\\(([^)]*)\\)");

    private SqliteSchemaReader() {
    }

    static SchemaSnapshot read(Connection c, Progress progress) throws SQLException {
        Map<String, String> createSql = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select name, sql from main.sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'"
                        + " and name not like '\\_rowboat\\_new\\_%' escape '\\' order by name")) {
            while (rs.next()) {
                createSql.put(rs.getString(1), rs.getString(2));
            }
        }
        List<TableSpec> tables = new ArrayList<>();
        TableSteps steps = new TableSteps(progress, createSql.size());
        try (Statements statements = new Statements(c)) {
            for (Map.Entry<String, String> e : createSql.entrySet()) {
                steps.next();
                tables.add(readTable(statements, e.getKey(), e.getValue()));
            }
        }
        return ReadBackForm.canonical(new SchemaSnapshot(tables));
    }

    private static TableSpec readTable(Statements c, String table, String createSql) throws SQLException {
        TableParts t = new TableParts(table);
        Map<String, String> constraintNames = constraintNames(createSql);
        List<String[]> rawColumns = new ArrayList<>();
        try (ResultSet rs = query(c, "select name, type, \"notnull\", dflt_value, pk from pragma_table_info(?) order by cid", table)) {
            while (rs.next()) {
                rawColumns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                if (rs.getInt(5) > 0) {
                    t.primaryKey.put(rs.getInt(5), rs.getString(1));
                }
            }
        }
        for (String[] col : rawColumns) {
            // an INTEGER PRIMARY KEY alone is the rowid: SQLite assigns it
            boolean rowid = t.primaryKey.size() == 1 && t.primaryKey.containsValue(col[0])
                    && col[1].equalsIgnoreCase("integer");
            ColumnType type = NativeTypes.parse(Dbms.SQLITE, col[1].isBlank() ? "blob" : col[1]);
            String def = rowid ? null : DefaultValues.normalise(col[3], type);
            t.columns.add(new ColumnSpec(col[0], type, "0".equals(col[2]), def, rowid));
        }
        // "REFERENCES artist" names no column: the key is the target's primary key, its columns in key order
        try (ResultSet rs = query(c, "select id, seq, \"table\", \"from\", coalesce(\"to\", (select p.name from pragma_table_info(k.\"table\") p"
                + " where p.pk = k.seq + 1)), on_delete from pragma_foreign_key_list(?) k", table)) {
            Map<Integer, TableParts.ForeignKeyParts> byId = new LinkedHashMap<>();
            while (rs.next()) {
                TableParts.ForeignKeyParts fk = byId.computeIfAbsent(rs.getInt(1), x -> new TableParts.ForeignKeyParts());
                fk.columns.put(rs.getInt(2), rs.getString(4));
                fk.refColumns.put(rs.getInt(2), rs.getString(5));
                fk.refTable = rs.getString(3);
                String rule = rs.getString(6).toUpperCase(Locale.ROOT);
                fk.onDelete = rule.equals("NO ACTION") || rule.equals("RESTRICT") ? null : rule;
            }
            byId.forEach((id, fk) -> t.foreignKeys.put(
                    // an unnamed key gets a placeholder, or a table's unnamed keys would replace one another
                    constraintNames.getOrDefault("FOREIGN KEY:" + key(fk.columns.values()), TableParts.UNNAMED + id), fk));
        }
        List<String[]> indexList = new ArrayList<>();
        try (ResultSet rs = query(c, "select name, \"unique\", origin from pragma_index_list(?)", table)) {
            while (rs.next()) {
                indexList.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        for (String[] index : indexList) {
            Map<Integer, String> cols = new java.util.TreeMap<>();
            try (ResultSet rs = query(c, "select seqno, name from pragma_index_info(?)", index[0])) {
                while (rs.next()) {
                    cols.put(rs.getInt(1), rs.getString(2));
                }
            }
            if (index[2].equals("u")) {
                String name = constraintNames.getOrDefault("UNIQUE:" + key(cols.values()), index[0]);
                t.uniques.put(name, cols);
            } else if (index[2].equals("c")) {
                t.indexes.put(index[0], cols);
                t.indexUnique.put(index[0], "1".equals(index[1]));
            }
        }
        return t.toSpec();
    }

    /** "UNIQUE:a,b" / "FOREIGN KEY:a" -> the name the CREATE TABLE gave that constraint. */
    private static Map<String, String> constraintNames(String createSql) {
        Map<String, String> names = new HashMap<>();
        Matcher m = NAMED_CONSTRAINT.matcher(createSql == null ? "" : createSql);
        while (m.find()) {
            String name = unquote(m);
            String kind = m.group(5).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            List<String> cols = new ArrayList<>();
            for (String col : m.group(6).split(",")) {
                cols.add(col.trim().replaceAll("^[\"`\\[]|[\"`\\]]$", ""));
            }
            names.putIfAbsent(kind + ":" + key(cols), name);
        }
        return names;
    }

    private static String unquote(Matcher m) {
        for (int g = 1; g <= 4; g++) {
            if (m.group(g) != null) {
                return g == 1 ? m.group(g).replace("\"\"", "\"") : m.group(g);
            }
        }
        return null;
    }

    private static String key(Iterable<String> columns) {
        return String.join(",", columns).toLowerCase(Locale.ROOT);
    }

    private static ResultSet query(Statements c, String sql, String arg) throws SQLException {
        PreparedStatement ps = c.get(sql);
        ps.setString(1, arg);
        return ps.executeQuery();
    }

    /** The PRAGMA queries prepared once for all tables: preparing them anew per table was a tenth of the read. */
    private static final class Statements implements AutoCloseable {
        private final Connection c;
        private final Map<String, PreparedStatement> prepared = new HashMap<>();

        Statements(Connection c) {
            this.c = c;
        }

        PreparedStatement get(String sql) throws SQLException {
            PreparedStatement ps = prepared.get(sql);
            if (ps == null) {
                ps = c.prepareStatement(sql);
                prepared.put(sql, ps);
            }
            return ps;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
        }
    }
}
