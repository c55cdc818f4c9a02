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
    /** The grid binds a sorted page's ids as a list padded to a power of two. */
    private static final int ID_SLOTS = 128;

    private final Connection connection;
    private final PreparedStatement page;
    private final PreparedStatement tagCounts;
    private final PreparedStatement newest;
    private final PreparedStatement containing;
    private final PreparedStatement tagCountsOf;
    private final PreparedStatement newestAlone;
    private final PreparedStatement containingAlone;

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
        String select = "select " + id + ", p." + column(connection, postTable, "body") + ", p."
                + column(connection, postTable, "timestamp") + ", u." + column(connection, userTable, "id") + ", u."
                + column(connection, userTable, "username") + " from " + table(connection, postTable) + " p left join "
                + table(connection, userTable) + " u on u." + column(connection, userTable, "id") + " = p."
                + column(connection, postTable, "user_id");
        String timestamp = "p." + column(connection, postTable, "timestamp");
        newest = connection.prepareStatement(select + " order by " + timestamp + " desc, " + id + " desc limit " + (RawKeysetReference.PAGE + 1));
        containing = connection.prepareStatement(select + " where lower(p." + column(connection, postTable, "body")
                + ") like ? escape '!' order by " + id + " limit " + (RawKeysetReference.PAGE + 1));
        String alone = "select " + id + ", p." + column(connection, postTable, "body") + ", " + timestamp + ", p."
                + column(connection, postTable, "user_id") + " from " + table(connection, postTable) + " p";
        newestAlone = connection.prepareStatement(alone + " order by " + timestamp + " desc, " + id + " desc limit " + RawKeysetReference.PAGE);
        containingAlone = connection.prepareStatement(alone + " where lower(p." + column(connection, postTable, "body")
                + ") like ? escape '!' order by " + id + " limit " + RawKeysetReference.PAGE);
        tagCountsOf = connection.prepareStatement("select " + postId + ", count(*) from " + table(connection, postTagTable)
                + " where " + postId + " in (" + "?, ".repeat(ID_SLOTS - 1) + "?) group by " + postId);
    }

    /** The page after {@code afterId} with author names, and with tag counts if asked; returns a checksum. */
    long fetch(long afterId, boolean withTagCounts) {
        try {
            page.setLong(1, afterId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return read(page, withTagCounts ? tagCounts : null);
    }

    /**
     * The newest posts (timestamp descending) or those whose body contains a word, as the grid
     * reads them: the page with its authors' names, then the tag counts of its posts (by their ids
     * for the sorted page, by their id range for the filtered one). Returns a checksum.
     */
    long fetchNewest() {
        return read(newest, tagCountsOf);
    }

    long fetchContaining(String word) {
        try {
            containing.setString(1, "%" + word + "%");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return read(containing, tagCounts);
    }

    /**
     * The floor of the sorted and the filtered figure: the same 100 posts as the reference reads
     * them (their own columns only, no author name, no counts, no extra row), found by the
     * figure's order or filter. What no client can beat on this database.
     */
    long fetchNewestAlone() {
        return readAlone(newestAlone);
    }

    long fetchContainingAlone(String word) {
        try {
            containingAlone.setString(1, "%" + word + "%");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return readAlone(containingAlone);
    }

    private static long readAlone(PreparedStatement statement) {
        try (ResultSet rs = statement.executeQuery()) {
            long sum = 0;
            while (rs.next()) {
                sum += rs.getInt(1) + rs.getString(2).length() + rs.getTimestamp(3).getTime() + rs.getInt(4);
            }
            return sum;
        } catch (SQLException e) {
            throw new IllegalStateException("The floor query failed: " + e.getMessage(), e);
        }
    }

    /** Reads the page, then (unless {@code counts} is null) the tag counts of its posts. */
    private long read(PreparedStatement pageStatement, PreparedStatement counts) {
        try {
            long sum = 0;
            long[] ids = new long[RawKeysetReference.PAGE + 1];
            int n = 0;
            try (ResultSet rs = pageStatement.executeQuery()) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    String body = rs.getString(2);
                    Timestamp timestamp = rs.getTimestamp(3);
                    sum += id + body.length() + timestamp.getTime() + rs.getInt(4) + rs.getString(5).length();
                    ids[n++] = id;
                }
            }
            if (counts == null || n == 0) {
                return sum;
            }
            if (counts == tagCountsOf) {
                for (int slot = 0; slot < ID_SLOTS; slot++) {
                    counts.setLong(slot + 1, ids[Math.min(slot, n - 1)]);
                }
            } else {
                counts.setLong(1, ids[0]);
                counts.setLong(2, ids[n - 1]);
            }
            try (ResultSet rs = counts.executeQuery()) {
                while (rs.next()) {
                    sum += rs.getInt(1) + rs.getLong(2);
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
            newest.close();
            containing.close();
            tagCountsOf.close();
            newestAlone.close();
            containingAlone.close();
        } finally {
            connection.close();
        }
    }
}
