package dev.rowboat.schema;

import java.util.Locale;
import java.util.Properties;

/**
 * What every connection Rowboat makes needs, whichever layer makes it (the data layer's pool and
 * probe, the migration engine's connections): user and password, for embedded H2 to stay
 * open until Rowboat shuts it down (the data layer's {@code H2Files} says why), and for a
 * read-only spec the driver's read-only mode ({@link ReadOnlySessions}).
 */
public final class LoginProperties {
    private static final String CLOSE_DELAY = "DB_CLOSE_DELAY";

    private LoginProperties() {
    }

    public static Properties of(ConnectionSpec spec) {
        Properties props = new Properties();
        if (spec.user() != null) {
            props.setProperty("user", spec.user());
        }
        if (spec.password() != null) {
            props.setProperty("password", spec.password());
        }
        keepOpen(spec, props);
        ReadOnlySessions.addDriverProperties(spec, props);
        return props;
    }

    /** Adds "keep open until SHUTDOWN" to an H2 connection's settings, unless its URL says otherwise. */
    private static void keepOpen(ConnectionSpec spec, Properties props) {
        if (spec.dbms() == Dbms.H2 && !spec.jdbcUrl().toUpperCase(Locale.ROOT).contains(CLOSE_DELAY)) {
            props.setProperty(CLOSE_DELAY, "-1");
        }
    }
}
