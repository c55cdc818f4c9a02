package dev.rowboat.data.catalog;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tables and columns the connected database really has, read once from JDBC metadata and
 * looked up case-insensitively (H2 upper-cases unquoted names, PostgreSQL lower-cases them).
 */
final class LiveSchema {
    /** table (lower case) -> stored table name. */
    private final Map<String, String> tables = new HashMap<>();
    /** table (lower case) -> column (lower case) -> ordinal position. */
    private final Map<String, Map<String, Integer>> columns = new HashMap<>();

    /** The tables a mapping source read as the database opened: stored name -> columns in table order. */
    static LiveSchema of(Map<String, java.util.List<String>> read) {
        LiveSchema schema = new LiveSchema();
        read.forEach((table, columns) -> {
            String key = table.toLowerCase(Locale.ROOT);
            if (schema.tables.putIfAbsent(key, table) == null) {
                Map<String, Integer> positions = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    positions.putIfAbsent(columns.get(i).toLowerCase(Locale.ROOT), i + 1);
                }
                schema.columns.put(key, positions);
            }
        });
        return schema;
    }

    static LiveSchema read(Connection connection) throws SQLException {
        LiveSchema schema = new LiveSchema();
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schemaName = currentSchema(connection);
        try (ResultSet rs = meta.getTables(catalog, schemaName, "%", new String[] {"TABLE", "BASE TABLE", "VIEW"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                schema.tables.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        if ("SQLite".equalsIgnoreCase(meta.getDatabaseProductName())) {
            readSqliteColumns(connection, schema);
            return schema;
        }
        try (ResultSet rs = meta.getColumns(catalog, schemaName, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (schema.tables.containsKey(table)) {
                    schema.columns.computeIfAbsent(table, t -> new LinkedHashMap<>())
                            .putIfAbsent(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("ORDINAL_POSITION"));
                }
            }
        }
        return schema;
    }

    /**
     * All columns in one query of SQLite's own: the driver's getColumns is one compound SELECT with
     * a term per column, which SQLite refuses past 500 of them (a schema of 56 tables of 9 columns).
     */
    private static void readSqliteColumns(Connection connection, LiveSchema schema) throws SQLException {
        try (java.sql.Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select m.name, p.name, p.cid from sqlite_master m join pragma_table_info(m.name) p"
                        + " where m.type in ('table', 'view')")) {
            while (rs.next()) {
                String table = rs.getString(1).toLowerCase(Locale.ROOT);
                if (schema.tables.containsKey(table)) {
                    schema.columns.computeIfAbsent(table, t -> new LinkedHashMap<>())
                            .putIfAbsent(rs.getString(2).toLowerCase(Locale.ROOT), rs.getInt(3) + 1);
                }
            }
        }
    }

    private static String currentSchema(Connection connection) {
        try {
            return connection.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null; // SQLite and MariaDB have no schemas below the catalog
        }
    }

    Optional<String> table(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(tables.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The column's position in its table, if it exists. */
    Optional<Integer> column(String table, String column) {
        if (table == null || column == null) {
            return Optional.empty();
        }
        Map<String, Integer> ofTable = columns.get(table.toLowerCase(Locale.ROOT));
        return ofTable == null ? Optional.empty() : Optional.ofNullable(ofTable.get(column.toLowerCase(Locale.ROOT)));
    }
}
