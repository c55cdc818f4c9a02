package dev.rowboat.data.edit;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads what a driver threw during a save: the SQL errors inside, and whether the connection is gone. */
final class SaveErrors {
    private static final Logger LOG = LoggerFactory.getLogger(SaveErrors.class);
    /** PostgreSQL: the server shut down or ended the backend; the connection is gone with it. */
    private static final Set<String> LOST_STATES = Set.of("57P01", "57P02", "57P03");
    /**
     * MariaDB: connection killed, server gone away, lost during query; H2: connection broken,
     * database closed.
     */
    private static final Set<Integer> LOST_CODES = Set.of(1927, 2006, 2013, 90067, 90098, 90121);

    private SaveErrors() {
    }

    /** Every SQL error in the cause chain, with the ones chained by {@code getNextException} (batches). */
    static List<SQLException> sqlErrors(Throwable failure) {
        List<SQLException> found = new ArrayList<>();
        for (Throwable t = failure; t != null && found.size() < 20; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null && found.size() < 20; e = e.getNextException()) {
                    if (!found.contains(e)) {
                        found.add(e);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The error a person should hear about: a refusal when there is one, the statement's own error
     * rather than the batch that wraps it; else the first.
     */
    static SQLException mostSpecific(Throwable failure) {
        List<SQLException> errors = sqlErrors(failure);
        return errors.stream().filter(e -> isRefusal(e) && !(e instanceof BatchUpdateException)).findFirst()
                .or(() -> errors.stream().filter(SaveErrors::isRefusal).findFirst())
                .orElse(errors.isEmpty() ? null : errors.get(0));
    }

    /** An integrity refusal: SQLState class 23, SQLite's SQLITE_CONSTRAINT (19) or MariaDB's 1062/1451/1452 family. */
    static boolean isRefusal(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23")
                || state == null && e.getErrorCode() == 19
                || Set.of(1048, 1062, 1216, 1217, 1451, 1452, 1586, 3819, 4025).contains(e.getErrorCode());
    }

    /**
     * Whether the failure means the connection broke: SQLState class 08, a server shutdown, the
     * drivers' own codes, or, for errors that say nothing, a connection that no longer answers.
     */
    static boolean connectionLost(Throwable failure, Connection connection) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        for (SQLException e : sqlErrors(failure)) {
            String state = e.getSQLState();
            if (e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException
                    || state != null && (state.startsWith("08") || LOST_STATES.contains(state))
                    || LOST_CODES.contains(e.getErrorCode())) {
                return true;
            }
        }
        List<SQLException> errors = sqlErrors(failure);
        if (connection == null || errors.isEmpty() || errors.stream().anyMatch(SaveErrors::isRefusal)) {
            return false;
        }
        try {
            return connection.isClosed() || !connection.isValid(5);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Checking the connection after a failed save failed too", e);
            return true;
        }
    }

    /** The driver's message without vendor prefixes, on one line. */
    static String plainMessage(Throwable failure) {
        SQLException e = mostSpecific(failure);
        Throwable source = e != null ? e : failure;
        String message = source.getMessage() == null ? source.getClass().getSimpleName() : source.getMessage();
        message = message.replaceFirst("^\\(conn=\\d+\\)\\s*", "").replaceFirst("^ERROR:\\s*", "")
                .replaceFirst("^\\[SQLITE_[A-Z_]+]\\s*[^(]*\\((.*)\\)$", "$1")
                .replaceFirst("; SQL statement:[\\s\\S]*$", "");
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
