package dev.rowboat.data.paging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The grid's page statements, kept prepared on each connection of the pool and reused by the
 * pages that run the same SQL, as a client that prepares once would: SQLite compiled every page's
 * statement anew, and H2 looked it up in a per-connection cache of 8 that the grid's shapes
 * outgrow; together a sixth to a quarter of a page. The statements are prepared on the driver's
 * own connection (not the pool's proxy, which closes its statements when the connection goes back)
 * and close with it; a few dozen per connection are kept, the least recently used closed first.
 * Only the pages' statements come here, whose SQL repeats: an export's or a keyless table's
 * (with its offset in the text) would only push them out.
 */
final class PageStatements {
    /** More than the shapes of the grids and pickers a person has open at once. */
    private static final int PER_CONNECTION = 48;

    private final Map<Connection, Map<String, PreparedStatement>> byConnection = Collections.synchronizedMap(new IdentityHashMap<>());
    private final LongAdder runs = new LongAdder();

    /**
     * The statement for this SQL on this driver connection, prepared at its first use. A
     * connection is used by one thread at a time (it is borrowed from the pool), and so is its
     * statements' map.
     */
    PreparedStatement prepared(Connection connection, String sql) throws SQLException {
        Map<String, PreparedStatement> kept = byConnection.get(connection);
        if (kept == null) {
            kept = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                    if (size() <= PER_CONNECTION) {
                        return false;
                    }
                    closeQuietly(eldest.getValue());
                    return true;
                }
            };
            forgetClosedConnections();
            byConnection.put(connection, kept);
        }
        PreparedStatement statement = kept.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = connection.prepareStatement(sql);
            kept.put(sql, statement);
        }
        runs.increment();
        return statement;
    }

    /** A statement that failed is not reused: whatever state it was left in goes with it. */
    void discard(Connection connection, String sql) {
        Map<String, PreparedStatement> kept = byConnection.get(connection);
        PreparedStatement statement = kept == null ? null : kept.remove(sql);
        if (statement != null) {
            closeQuietly(statement);
        }
    }

    /** How many statements the pages have run here, prepared anew or reused. */
    long runs() {
        return runs.sum();
    }

    /** The pool replaces a connection now and then (its lifetime, a failure): the closed one's statements closed with it. */
    private void forgetClosedConnections() {
        synchronized (byConnection) {
            byConnection.keySet().removeIf(PageStatements::isClosed);
        }
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException alreadyGone) {
            // its connection closed first; nothing is left to free
        }
    }
}
