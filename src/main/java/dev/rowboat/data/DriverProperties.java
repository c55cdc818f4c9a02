package dev.rowboat.data;

import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.LoginProperties;
import java.util.Properties;

/** The settings Rowboat's connections carry: who connects, and per driver how long an attempt may hang. */
final class DriverProperties {
    private DriverProperties() {
    }

    /** {@link LoginProperties}, plus the timeouts that bound a connection attempt. */
    static Properties of(ConnectionSpec spec, ConnectOptions options) {
        Properties props = LoginProperties.of(spec);
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
