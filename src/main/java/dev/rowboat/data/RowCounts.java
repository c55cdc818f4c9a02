package dev.rowboat.data;

import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Row counts for the entity list from the database's statistics, never a {@code COUNT(*)} over
 * a big table. Small tables, and tables without statistics, get a count bounded at
 * {@value #BOUND} rows, which stays cheap whatever their size. An open may count its tables ahead,
 * on the thread that opened it, while the window is still being built: each table's first estimate
 * then takes that count, and only if nothing asked for the table before it was made.
 */
public final class RowCounts {
    static final int BOUND = 10_000;

    private final DataSource dataSource;
    private final Dbms dbms;
    private final Map<String, RowCount> countedAhead = new ConcurrentHashMap<>();
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    public RowCounts(DataSource dataSource, Dbms dbms) {
        this.dataSource = dataSource;
        this.dbms = dbms;
    }

    /** @param table the table name as the database stores it */
    public RowCount estimate(String table) {
        asked.add(table);
        RowCount ahead = countedAhead.remove(table);
        return ahead != null ? ahead : count(table);
    }

    /**
     * The count made ahead for {@code table}, if it is made by now; taken, like an estimate's: a later
     * estimate counts again. Reads no database, so the FX thread may ask.
     */
    public java.util.Optional<RowCount> takeCountedAhead(String table) {
        asked.add(table);
        return java.util.Optional.ofNullable(countedAhead.remove(table));
    }

    /** Counts {@code tables} now, for their first {@link #estimate}; a table that fails is left to that estimate. */
    public void countAhead(Collection<String> tables) {
        for (String table : tables) {
            if (asked.contains(table)) {
                continue;
            }
            try {
                countedAhead.put(table, count(table));
            } catch (DatabaseException e) {
                continue; // the estimate asks again and reports it
            }
            if (asked.contains(table)) {
                countedAhead.remove(table); // asked meanwhile, and counted there: this one would be stale later
            }
        }
    }

    private RowCount count(String table) {
        try (Connection connection = dataSource.getConnection()) {
            long statistic = fromStatistics(connection, table);
            if (statistic >= BOUND) {
                return new RowCount(statistic, RowCount.Precision.ESTIMATE);
            }
            return bounded(connection, table);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED,
                    "Could not count the rows of " + table + ": " + e.getMessage(), e);
        }
    }

    private long fromStatistics(Connection connection, String table) throws SQLException {
        String sql = switch (dbms) {
            case H2 -> "select ROW_COUNT_ESTIMATE from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = CURRENT_SCHEMA and TABLE_NAME = ?";
            case POSTGRESQL -> "select c.reltuples::bigint from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = current_schema() and c.relname = ?";
            case MARIADB -> "select TABLE_ROWS from information_schema.TABLES where TABLE_SCHEMA = database() and TABLE_NAME = ?";
            // max(rowid) is one b-tree seek; it overstates after deletes, which an estimate may.
            case SQLITE -> "select max(rowid) from " + quote(connection, table);
        };
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (dbms != Dbms.SQLITE) {
                statement.setString(1, table);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            return -1; // e.g. a SQLite WITHOUT ROWID table: fall back to the bounded count
        }
    }

    private RowCount bounded(Connection connection, String table) throws SQLException {
        String sql = "select count(*) from (select 1 from " + quote(connection, table) + " " + limit(BOUND + 1) + ") bounded";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            long n = rs.getLong(1);
            return n > BOUND ? new RowCount(BOUND, RowCount.Precision.AT_LEAST) : new RowCount(n, RowCount.Precision.EXACT);
        }
    }

    private static String limit(int n) {
        return "limit " + n;
    }

    static String quote(Connection connection, String identifier) throws SQLException {
        String q = connection.getMetaData().getIdentifierQuoteString().strip();
        return q + identifier.replace(q, q + q) + q;
    }
}
