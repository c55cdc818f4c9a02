package dev.rowboat.bench;

import static dev.rowboat.bench.RawKeysetReference.column;
import static dev.rowboat.bench.RawKeysetReference.table;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Context, not a target: what the Post grid shows, read with plain JDBC and prepared statements
 * reused: the page with its author's name (a join) and the tag counts of its posts (a second
 * grouped query), so that the ratios can be split into the database's work and Rowboat's.
 */
final class RawGridPage implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement page;
    private final PreparedStatement tagCounts;

    RawGridPage(String jdbcUrl, String postTable, String userTable, String postTagTable) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl);
        String id = "p." + column(connection, postTable, "id");
        page = connection.prepareStatement("select " + id + ", p." + column(connection, postTable, "body") + ", p."
                + column(connection, postTable, "timestamp") + ", u." + column(connection, userTable, "id") + ", u."
                + column(connection, userTable, "username") + " from " + table(connection, postTable) + " p left join "
                + table(connection, userTable) + " u on u." + column(connection, userTable, "id") + " = p."
                + column(connection, postTable, "user_id") + " where " + id + " > ? order by " + id
                + " limit " + (RawKeysetReference.PAGE + 1));
        String postId = column(connection, postTagTable, "post_id");
        tagCounts = connection.prepareStatement("select " + postId + ", count(*) from " + table(connection, postTagTable)
                + " where " + postId + " between ? and ? group by " + postId);
    }

    /** The page after {@code afterId} with author names, and with tag counts if asked; returns a checksum. */
    long fetch(long afterId, boolean withTagCounts) {
        try {
            page.setLong(1, afterId);
            long sum = 0;
            long first = -1;
            long last = -1;
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    String body = rs.getString(2);
                    Timestamp timestamp = rs.getTimestamp(3);
                    int userId = rs.getInt(4);
                    String username = rs.getString(5);
                    sum += id + body.length() + timestamp.getTime() + userId + username.length();
                    first = first < 0 ? id : first;
                    last = id;
                }
            }
            if (withTagCounts) {
                tagCounts.setLong(1, first);
                tagCounts.setLong(2, last);
                try (ResultSet rs = tagCounts.executeQuery()) {
                    while (rs.next()) {
                        sum += rs.getInt(1) + rs.getLong(2);
                    }
                }
            }
            return sum;
        } catch (SQLException e) {
            throw new IllegalStateException("The context query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            page.close();
            tagCounts.close();
        } finally {
            connection.close();
        }
    }
}
