package dev.rowboat.data;

import static dev.rowboat.schema.DatabaseException.Kind.*;

import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.H2AutoServer;
import dev.rowboat.schema.UrlPasswords;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a driver throws while connecting into a sentence that says what to do: the window's
 * connect dialog and the {@code db} commands say the same.
 */
public final class ConnectionErrors {
    private static final Pattern HOST_PORT = Pattern.compile("//(\\[[^]]+]|[^/:?]+)(?::(\\d+))?");
    /** H2 ends its messages with "[errorcode-build]", which means nothing to a person. */

    private ConnectionErrors() {
    }

    public static DatabaseException translate(ConnectionSpec spec, Throwable failure, int timeoutSeconds) {
        if (failure instanceof DatabaseException known) {
            return known;
        }
        String server = serverOf(spec);
        String product = spec.dbms().displayName();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return new DatabaseException(UNREACHABLE, "Could not find the server " + hostOf(spec)
                        + ": the name is unknown. Check the host in the URL.", failure);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new DatabaseException(UNREACHABLE, "Could not reach " + server
                        + ": connection refused. Is " + product + " running, and on that port?", failure);
            }
            if (t instanceof SocketTimeoutException || t instanceof SQLTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return timeout(spec, timeoutSeconds, failure);
            }
        }
        SQLException sql = firstSqlException(failure);
        if (sql != null) {
            DatabaseException known = bySqlState(spec, sql, failure);
            if (known != null) {
                return known;
            }
        }
        String detail = DatabaseException.reasonOf(failure);
        if (detail.toLowerCase(Locale.ROOT).contains("timed out") || detail.contains("timeout")) {
            return timeout(spec, timeoutSeconds, failure);
        }
        return new DatabaseException(QUERY_FAILED, "Could not open " + spec.displayUrl() + ": " + sentenceEnd(detail), failure);
    }

    static DatabaseException timeout(ConnectionSpec spec, int seconds, Throwable cause) {
        return new DatabaseException(TIMEOUT, spec.dbms().displayName() + " at " + serverOf(spec)
                + " did not answer within " + seconds + " seconds. Check the host, the port and any firewall.", cause);
    }

    private static DatabaseException bySqlState(ConnectionSpec spec, SQLException e, Throwable failure) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String user = spec.user() == null ? "(no user)" : "'" + spec.user() + "'";
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.startsWith("unable to parse url") || message.startsWith("no suitable driver")
                || message.startsWith("incorrect port value") || message.startsWith("error parsing url")) {
            // PgJDBC, DriverManager and the MariaDB driver reject a JDBC URL they cannot read, each in its own words.
            return new DatabaseException(MALFORMED_URL, "The " + product(spec) + " driver cannot read the URL "
                    + UrlPasswords.strip(spec.jdbcUrl()) + ". Check the host, the port (a number) and the database name.", failure);
        }
        String refuser = product(spec) + " at " + serverOf(spec);
        if (state.equals("28P01") || code == 1045 || (spec.dbms() == Dbms.H2 && code == 28000)
                || message.contains("password authentication failed")) {
            return new DatabaseException(AUTHENTICATION, refuser + " refused user " + user
                    + ": wrong password or unknown user. Check the user name and password.", failure);
        }
        if (state.equals("28000") && message.contains("role") && message.contains("does not exist")) {
            return new DatabaseException(AUTHENTICATION, refuser + " has no user " + user + ". Check the user name in the URL.", failure);
        }
        if (state.equals("3D000") || code == 1049 || code == 90146 || message.contains("does not exist")
                && message.contains("database")) {
            return new DatabaseException(NO_SUCH_DATABASE, "There is no database " + databaseOf(spec)
                    + " on " + serverOf(spec) + ". Check its name in the URL.", failure);
        }
        if (state.equals("42501") || code == 1044 || code == 1142 || message.contains("permission denied")) {
            return new DatabaseException(PERMISSION_DENIED, "User " + user + " may not read database "
                    + databaseOf(spec) + ". Ask its owner for access, or connect as another user.", failure);
        }
        if (state.equals("28000")) {
            return new DatabaseException(AUTHENTICATION, refuser + " refused user " + user
                    + ". Check the user name and password, and that this user may connect from here.", failure);
        }
        if (spec.dbms() == Dbms.H2 && code == H2AutoServer.ALREADY_OPEN) {
            return new DatabaseException(PERMISSION_DENIED, H2AutoServer.inUse(spec), failure);
        }
        if (spec.dbms() == Dbms.SQLITE && (message.contains("not a database") || message.contains("file is encrypted"))) {
            return new DatabaseException(QUERY_FAILED, spec.databaseFile().map(Object::toString).orElse("The file")
                    + " is not a SQLite database, or it is encrypted. Check that the URL names the database file.", failure);
        }
        // 90030: the store header is not H2's; 90028 with an early end of file: too short to have one.
        if (spec.dbms() == Dbms.H2 && (code == 90030 || code == 90028 && causedBy(failure, EOFException.class))) {
            return new DatabaseException(QUERY_FAILED, spec.databaseFile().map(Object::toString).orElse("The file")
                    + " is not an H2 database, or it is damaged. Check that the URL names the database file.", failure);
        }
        return null;
    }

    private static String product(ConnectionSpec spec) {
        return spec.dbms().displayName();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static SQLException firstSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String sentenceEnd(String text) {
        return text.endsWith(".") || text.endsWith("?") ? text : text + ".";
    }

    static String serverOf(ConnectionSpec spec) {
        if (spec.dbms().isFileBased()) {
            return spec.databaseFile().map(Object::toString).orElse(spec.jdbcUrl());
        }
        Matcher m = HOST_PORT.matcher(spec.jdbcUrl());
        if (!m.find()) {
            return spec.jdbcUrl();
        }
        String port = m.group(2) != null ? m.group(2) : (spec.dbms() == Dbms.POSTGRESQL ? "5432" : "3306");
        return m.group(1) + ":" + port;
    }

    private static String hostOf(ConnectionSpec spec) {
        Matcher m = HOST_PORT.matcher(spec.jdbcUrl());
        return m.find() ? m.group(1) : spec.jdbcUrl();
    }

    private static String databaseOf(ConnectionSpec spec) {
        String url = spec.jdbcUrl();
        int query = url.indexOf('?');
        String path = query >= 0 ? url.substring(0, query) : url;
        return "'" + path.substring(path.lastIndexOf('/') + 1) + "'";
    }
}
