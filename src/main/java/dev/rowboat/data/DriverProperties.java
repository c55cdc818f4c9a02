package dev.rowboat.data;

import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.LoginProperties;
import java.util.Properties;

/** The settings Rowboat's connections carry: who connects, and per driver how long an attempt may hang. */
final class DriverProperties {
    private DriverProperties() {
    }

    /** {@link LoginProperties}, with the timeout the person was promised and the name servers show for the session. */
    static Properties of(ConnectionSpec spec, ConnectOptions options) {
        Properties props = LoginProperties.of(spec, options.timeoutSeconds());
        if (spec.dbms() == dev.rowboat.schema.Dbms.POSTGRESQL) {
            props.setProperty("ApplicationName", "Rowboat");
        }
        return props;
    }
}
