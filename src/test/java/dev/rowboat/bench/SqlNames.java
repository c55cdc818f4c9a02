package dev.rowboat.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Tables and columns as a database stores them (H2 upper-cases unquoted names and keeps the quoted
 * keyword "timestamp" in lower case), quoted, for the plain JDBC of the benchmarks. Looked up in
 * the connection's own schema: PostgreSQL's {@code test} holds other schemas with tables of the
 * same names.
 */
final class SqlNames {
    private SqlNames() {
    }

    static String table(Connection connection, String name) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), null, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                    return quote(connection, rs.getString("TABLE_NAME"));
                }
            }
        }
        throw new SQLException("there is no table " + name);
    }

    static String column(Connection connection, String table, String name) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), null, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table) && rs.getString("COLUMN_NAME").equalsIgnoreCase(name)) {
                    return quote(connection, rs.getString("COLUMN_NAME"));
                }
            }
        }
        throw new SQLException("table " + table + " has no column " + name);
    }

    static String quote(Connection connection, String identifier) throws SQLException {
        String q = connection.getMetaData().getIdentifierQuoteString().strip();
        return q + identifier.replace(q, q + q) + q;
    }
}
