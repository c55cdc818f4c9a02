package dev.rowboat.schema;

import java.util.Locale;
import java.util.Properties;

/**
 * What every connection Rowboat makes needs, whichever layer makes it (the data layer's pool and
 * probe, the migration engine's connections): user and password, for embedded H2 to stay
 * open until Rowboat shuts it down (the data layer's {@code H2Files} says why), for a
 * read-only spec the driver's read-only mode ({@link ReadOnlySessions}), and for a server how
 * long connecting may take.
 */
public final class LoginProperties {
    /** How long a connection attempt may take before Rowboat gives up: the 10 seconds the README promises. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;
    private static final String CLOSE_DELAY = "DB_CLOSE_DELAY";

    private LoginProperties() {
    }

    /** With the default timeout. */
    public static Properties of(ConnectionSpec spec) {
        return of(spec, DEFAULT_TIMEOUT_SECONDS);
    }

    public static Properties of(ConnectionSpec spec, int timeoutSeconds) {
        Properties props = new Properties();
        if (spec.user() != null) {
            props.setProperty("user", spec.user());
        }
        if (spec.password() != null) {
            props.setProperty("password", spec.password());
        }
        keepOpen(spec, props);
        ReadOnlySessions.addDriverProperties(spec, props);
        boundConnecting(spec, props, timeoutSeconds);
        return props;
    }

    /**
     * Bounds connecting, each driver in its own terms, and only connecting: a socket timeout for
     * the whole session would also cut off a long ALTER TABLE in a migration. PgJDBC's
     * {@code connectTimeout} covers the TCP connect and {@code loginTimeout} the whole login, the
     * SSL request, startup and authentication exchange included; MariaDB's {@code connectTimeout} (milliseconds)
     * is also its socket timeout until the handshake is done. Without them a server that accepts
     * and says nothing held a {@code db} command for MariaDB's default 30 seconds, or for ever.
     */
    private static void boundConnecting(ConnectionSpec spec, Properties props, int seconds) {
        switch (spec.dbms()) {
            case POSTGRESQL -> {
                props.setProperty("connectTimeout", String.valueOf(seconds));
                props.setProperty("loginTimeout", String.valueOf(seconds));
                // its own 5 s default for the SSL answer would end the wait early, and the sentence would say 10 s
                props.setProperty("sslResponseTimeout", String.valueOf(seconds * 1000));
            }
            case MARIADB -> props.setProperty("connectTimeout", String.valueOf(seconds * 1000));
            default -> {
                // H2 and SQLite open a file in this process
            }
        }
    }

    /** Adds "keep open until SHUTDOWN" to an H2 connection's settings, unless its URL says otherwise. */
    private static void keepOpen(ConnectionSpec spec, Properties props) {
        if (spec.dbms() == Dbms.H2 && !spec.jdbcUrl().toUpperCase(Locale.ROOT).contains(CLOSE_DELAY)) {
            props.setProperty(CLOSE_DELAY, "-1");
        }
    }
}
