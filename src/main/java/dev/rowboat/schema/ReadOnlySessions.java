package dev.rowboat.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * How a read-only connection is made read-only: by the database session, never by reading the
 * SQL. Each database has its own way, and {@link Connection#setReadOnly} alone is only a hint to
 * most drivers (PostgreSQL's and MariaDB's accept an INSERT in autocommit after it), so both are used:
 * <ul>
 *   <li>H2: the file opened with {@code ACCESS_MODE_DATA=r};</li>
 *   <li>SQLite: the file opened read-only ({@code SQLITE_OPEN_READONLY}), and {@code PRAGMA query_only};</li>
 *   <li>PostgreSQL: {@code SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY} (the session's
 *       {@code default_transaction_read_only}), which a URL's own {@code options=} cannot undo;</li>
 *   <li>MariaDB: {@code SET SESSION TRANSACTION READ ONLY}.</li>
 * </ul>
 * Every layer's connections take these: the data layer's pool and probe, the migration engine's.
 */
public final class ReadOnlySessions {
    /** What a person reads when the database refused a write for this reason. */
    public static final String REFUSED = "The database refused to write: this connection is read-only.";
    /** sqlite-jdbc's open flags: SQLITE_OPEN_READONLY, without READWRITE and CREATE. */
    private static final String SQLITE_OPEN_READONLY = "1";
    /** PostgreSQL and MariaDB: read_only_sql_transaction (MariaDB's 1792). */
    private static final String READ_ONLY_STATE = "25006";
    /** H2's DATABASE_IS_READ_ONLY. */
    private static final int H2_READ_ONLY = 90097;
    /** SQLite's SQLITE_READONLY, whose extended codes keep it in the low byte. */
    private static final int SQLITE_READONLY = 8;
    private static final Set<String> SQLITE_DRIVER = Set.of("org.sqlite.SQLiteException");

    private ReadOnlySessions() {
    }

    /** The driver settings that open the database read-only, where the driver has them. */
    static void addDriverProperties(ConnectionSpec spec, Properties props) {
        if (!spec.readOnly()) {
            return;
        }
        switch (spec.dbms()) {
            case H2 -> props.setProperty("ACCESS_MODE_DATA", "r");
            case SQLITE -> props.setProperty("open_mode", SQLITE_OPEN_READONLY);
            default -> {
            }
        }
    }

    /** The statement each new connection of a read-only spec runs first (a pool's init SQL). */
    public static Optional<String> sessionStatement(Dbms dbms) {
        return Optional.ofNullable(switch (dbms) {
            case POSTGRESQL -> "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
            case MARIADB -> "SET SESSION TRANSACTION READ ONLY";
            case SQLITE -> "PRAGMA query_only = 1";
            case H2 -> null; // the whole file is opened read-only
        });
    }

    /** Makes a connection opened from a read-only spec read-only for its whole session; nothing for other specs. */
    public static void prepare(Connection connection, ConnectionSpec spec) throws SQLException {
        if (!spec.readOnly()) {
            return;
        }
        connection.setReadOnly(true);
        Optional<String> statement = sessionStatement(spec.dbms());
        if (statement.isPresent()) {
            try (Statement s = connection.createStatement()) {
                s.execute(statement.get());
            }
        }
    }

    /**
     * Asks the database whether the session really is read-only, for H2, which ignores
     * {@code ACCESS_MODE_DATA} when the file is open already in this process (for writing) and
     * would otherwise take writes without a word. The other databases fail the connection when
     * their statement cannot run.
     *
     * @throws DatabaseException READ_ONLY when it is not
     */
    public static void confirm(Connection connection, ConnectionSpec spec) throws SQLException {
        if (!spec.readOnly() || spec.dbms() != Dbms.H2) {
            return;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT READONLY()")) {
            if (rs.next() && !rs.getBoolean(1)) {
                throw new DatabaseException(DatabaseException.Kind.READ_ONLY, "Could not open " + spec.displayUrl()
                        + " read-only: Rowboat has this H2 file open for writing already, and H2 keeps one mode per file."
                        + " Close it (open another database), then open it read-only.");
            }
        }
    }

    /** Whether the database refused a write because the session is read-only. */
    public static boolean isRefusal(SQLException e) {
        if (READ_ONLY_STATE.equals(e.getSQLState()) || e.getErrorCode() == H2_READ_ONLY) {
            return true;
        }
        return SQLITE_DRIVER.contains(e.getClass().getName()) && (e.getErrorCode() & 0xFF) == SQLITE_READONLY;
    }

    /** Whether a failure, or any cause or chained SQL error of it, is such a refusal. */
    public static boolean refused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (isRefusal(e)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
