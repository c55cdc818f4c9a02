package dev.rowboat.schema;

import java.sql.Connection;
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
 * Reads SQLite's {@code main} schema through its PRAGMA table functions, each joined with
 * {@code sqlite_master} so that one query reads it for every table: a query per table and
 * pragma cost about 50 µs each in the driver, 30 ms for 200 tables against 10 ms for the four
 * queries. SQLite forgets the names of table constraints, so they are taken from the CREATE
 * TABLE text kept in {@code sqlite_master}; types are the declared type text, parsed back into
 * portable types.
 */
final class SqliteSchemaReader {
    private static final String NAME = "(?:\"((?:[^\"]|\"\")+)\"|`([^`]+)`|\\[([^]]+)]|([A-Za-z_][A-Za-z0-9_$]*))";
    private static final Pattern NAMED_CONSTRAINT = Pattern.compile(
            "(?i)CONSTRAINT\\s+" + NAME + "\\s+(UNIQUE|FOREIGN\\s+KEY)\\s*\\(([^)]*)\\)");
    /** The tables read: Rowboat's own half-built copies (a batch ALTER's) are left out. */
    private static final String TABLES = "from main.sqlite_master m where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\'"
            + " and m.name not like '\\_rowboat\\_new\\_%' escape '\\'";

    private SqliteSchemaReader() {
    }

    static SchemaSnapshot read(Connection c, Progress progress) throws SQLException {
        Map<String, String> createSql = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select m.name, m.sql " + TABLES + " order by m.name")) {
            while (rs.next()) {
                createSql.put(rs.getString(1), rs.getString(2));
            }
        }
        TableSteps steps = new TableSteps(progress, createSql.size());
        // each table's rows in the pragma's own order (cid; id and seq; seq; seqno)
        Map<String, List<String[]>> columns = rows(c, "select m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk"
                + " from main.sqlite_master m join pragma_table_info(m.name) p" + where() + " order by m.name, p.cid");
        // "REFERENCES artist" names no column: the key is the target's primary key, its columns in key order
        Map<String, List<String[]>> foreignKeys = rows(c, "select m.name, f.id, f.seq, f.\"table\", f.\"from\", coalesce(f.\"to\","
                + " (select p.name from pragma_table_info(f.\"table\") p where p.pk = f.seq + 1)), f.on_delete"
                + " from main.sqlite_master m join pragma_foreign_key_list(m.name) f" + where() + " order by m.name, f.id, f.seq");
        Map<String, List<String[]>> indexes = rows(c, "select m.name, i.name, i.\"unique\", i.origin"
                + " from main.sqlite_master m join pragma_index_list(m.name) i" + where() + " order by m.name, i.seq");
        // index names are unique in a schema
        Map<String, List<String[]>> indexColumns = rows(c, "select i.name, x.seqno, x.name from main.sqlite_master m"
                + " join pragma_index_list(m.name) i join pragma_index_info(i.name) x" + where() + " order by i.name, x.seqno");
        List<TableSpec> tables = new ArrayList<>();
        for (Map.Entry<String, String> e : createSql.entrySet()) {
            steps.next();
            String table = e.getKey();
            tables.add(table(table, e.getValue(), columns.getOrDefault(table, List.of()), foreignKeys.getOrDefault(table, List.of()),
                    indexes.getOrDefault(table, List.of()), indexColumns));
        }
        return ReadBackForm.canonical(new SchemaSnapshot(tables));
    }

    private static String where() {
        return TABLES.substring(TABLES.indexOf(" where "));
    }

    /** The query's rows by their first column, each row's other columns as text. */
    private static Map<String, List<String[]>> rows(Connection c, String sql) throws SQLException {
        Map<String, List<String[]>> rows = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n - 1];
                for (int i = 1; i < n; i++) {
                    row[i - 1] = rs.getString(i + 1);
                }
                rows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(row);
            }
        }
        return rows;
    }

    private static TableSpec table(String table, String createSql, List<String[]> columnRows, List<String[]> foreignKeyRows,
                                   List<String[]> indexRows, Map<String, List<String[]>> indexColumns) {
        TableParts t = new TableParts(table);
        Map<String, String> constraintNames = constraintNames(createSql);
        for (String[] col : columnRows) { // name, type, notnull, dflt_value, pk
            int pk = Integer.parseInt(col[4]);
            if (pk > 0) {
                t.primaryKey.put(pk, col[0]);
            }
        }
        for (String[] col : columnRows) {
            // an INTEGER PRIMARY KEY alone is the rowid: SQLite assigns it
            boolean rowid = t.primaryKey.size() == 1 && t.primaryKey.containsValue(col[0])
                    && col[1].equalsIgnoreCase("integer");
            ColumnType type = NativeTypes.parse(Dbms.SQLITE, col[1].isBlank() ? "blob" : col[1]);
            String def = rowid ? null : DefaultValues.normalise(col[3], type);
            t.columns.add(new ColumnSpec(col[0], type, "0".equals(col[2]), def, rowid));
        }
        Map<Integer, TableParts.ForeignKeyParts> byId = new LinkedHashMap<>();
        for (String[] row : foreignKeyRows) { // id, seq, table, from, to, on_delete
            TableParts.ForeignKeyParts fk = byId.computeIfAbsent(Integer.parseInt(row[0]), x -> new TableParts.ForeignKeyParts());
            int seq = Integer.parseInt(row[1]);
            fk.columns.put(seq, row[3]);
            fk.refColumns.put(seq, row[4]);
            fk.refTable = row[2];
            String rule = row[5].toUpperCase(Locale.ROOT);
            fk.onDelete = rule.equals("NO ACTION") || rule.equals("RESTRICT") ? null : rule;
        }
        byId.forEach((id, fk) -> t.foreignKeys.put(
                // an unnamed key gets a placeholder, or a table's unnamed keys would replace one another
                constraintNames.getOrDefault("FOREIGN KEY:" + key(fk.columns.values()), TableParts.UNNAMED + id), fk));
        for (String[] index : indexRows) { // name, unique, origin
            Map<Integer, String> cols = new java.util.TreeMap<>();
            for (String[] col : indexColumns.getOrDefault(index[0], List.of())) { // seqno, name
                cols.put(Integer.parseInt(col[0]), col[1]);
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
}
