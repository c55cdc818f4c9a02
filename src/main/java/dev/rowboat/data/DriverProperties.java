package dev.rowboat.data;

import java.util.Properties;

/** The settings Rowboat's connections carry: who connects, and per driver how long an attempt may hang. */
public final class DriverProperties {
    private DriverProperties() {
    }

    /**
     * What every connection Rowboat makes needs: user and password, and for embedded H2 to stay
     * open until Rowboat shuts it down ({@link H2Files}).
     */
    public static Properties login(ConnectionSpec spec) {
        Properties props = new Properties();
        if (spec.user() != null) {
            props.setProperty("user", spec.user());
        }
        if (spec.password() != null) {
            props.setProperty("password", spec.password());
        }
        H2Files.keepOpen(spec, props);
        return props;
    }

    /** {@link #login}, plus the timeouts that bound a connection attempt. */
    static Properties of(ConnectionSpec spec, ConnectOptions options) {
        Properties props = login(spec);
        int seconds = options.timeoutSeconds();
        switch (spec.dbms()) {
            case POSTGRESQL -> {
                props.setProperty("connectTimeout", String.valueOf(seconds));
                props.setProperty("loginTimeout", String.valueOf(seconds));
                props.setProperty("ApplicationName", "Rowboat");
            }
            case MARIADB -> {
                props.setProperty("connectTimeout", String.valueOf(seconds * 1000));
            }
            default -> {
            }
        }
        return props;
    }
}
