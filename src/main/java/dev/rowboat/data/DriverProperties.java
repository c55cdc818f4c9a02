package dev.rowboat.data;

import java.util.Properties;

/** Per-driver settings that bound how long a connection attempt may hang. */
final class DriverProperties {
    private DriverProperties() {
    }

    static Properties of(ConnectionSpec spec, ConnectOptions options) {
        Properties props = new Properties();
        if (spec.user() != null) {
            props.setProperty("user", spec.user());
        }
        if (spec.password() != null) {
            props.setProperty("password", spec.password());
        }
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
        H2Files.keepOpen(spec, props);
        return props;
    }
}
