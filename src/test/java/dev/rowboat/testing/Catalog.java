package dev.rowboat.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database's tables and their columns as JDBC metadata lists them, lower case, sorted: what a
 * test compares before and after a command that must leave the database alone.
 */
public final class Catalog {
    private Catalog() {
    }

    public static Map<String, List<String>> of(TestDatabase db) {
        Map<String, List<String>> out = new TreeMap<>();
        db.jdbc(c -> {
            try {
                read(c, out);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return out;
    }

    private static void read(Connection c, Map<String, List<String>> out) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = md.getTables(c.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = md.getColumns(c.getCatalog(), schema, table, "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " " + rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            out.put(table.toLowerCase(Locale.ROOT), columns);
        }
    }
}
