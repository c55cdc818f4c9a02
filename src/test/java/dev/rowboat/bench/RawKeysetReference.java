package dev.rowboat.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * The physical limit the grid is held to: plain JDBC on its own connection to the same file,
 * reading every column of 100 posts with a keyset query whose key is already known. The statement
 * is prepared once and reused, as the cheapest possible client would.
 */
final class RawKeysetReference implements AutoCloseable {
    static final int PAGE = 100;

    private final Connection connection;
    private final PreparedStatement statement;

    RawKeysetReference(String jdbcUrl, String postTable) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl);
        String id = column(postTable, "id");
        statement = connection.prepareStatement("select " + id + ", " + column(postTable, "body") + ", "
                + column(postTable, "timestamp") + ", " + column(postTable, "user_id") + " from " + table(connection, postTable)
                + " where " + id + " > ? order by " + id + " limit " + PAGE);
    }

    /** The column as the database stores it, quoted: H2 keeps the quoted keyword "timestamp" in lower case. */
    static String column(Connection connection, String table, String name) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), null, null, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table) && rs.getString("COLUMN_NAME").equalsIgnoreCase(name)) {
                    return quote(connection, rs.getString("COLUMN_NAME"));
                }
            }
        }
        throw new SQLException("table " + table + " has no column " + name);
    }

    /** The table as the database stores it (H2 upper-cases unquoted names), quoted. */
    static String table(Connection connection, String name) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), null, null, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                    return quote(connection, rs.getString("TABLE_NAME"));
                }
            }
        }
        throw new SQLException("there is no table " + name);
    }

    private String column(String table, String name) throws SQLException {
        return column(connection, table, name);
    }

    static String quote(Connection connection, String identifier) throws SQLException {
        String q = connection.getMetaData().getIdentifierQuoteString().strip();
        return q + identifier.replace(q, q + q) + q;
    }

    /** Reads the 100 posts after {@code afterId}; returns a checksum of what it read. */
    long fetch(long afterId) {
        try {
            statement.setLong(1, afterId);
            long sum = 0;
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    String body = rs.getString(2);
                    Timestamp timestamp = rs.getTimestamp(3);
                    int userId = rs.getInt(4);
                    sum += id + (body == null ? 0 : body.length()) + (timestamp == null ? 0 : timestamp.getTime()) + userId;
                    rows++;
                }
            }
            if (rows != PAGE) {
                throw new IllegalStateException("the reference read " + rows + " rows after id " + afterId);
            }
            return sum;
        } catch (SQLException e) {
            throw new IllegalStateException("The reference query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            statement.close();
        } finally {
            connection.close();
        }
    }
}
