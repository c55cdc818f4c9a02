package dev.rowboat.migrate;

import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.H2AutoServer;
import dev.rowboat.schema.LoginProperties;
import dev.rowboat.schema.ReadOnlySessions;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens connections to the database being migrated: one for the lock, one for the work. */
@FunctionalInterface
public interface ConnectionSource {
    Connection open() throws SQLException;

    /**
     * Connects through the database's own driver class rather than {@link DriverManager}, whose
     * first use loads every driver on the class path: a tenth of a second of a {@code db} command.
     * A read-only spec gives read-only sessions, so even a run the UI failed to stop is refused
     * by the database.
     */
    static ConnectionSource of(ConnectionSpec spec) {
        return () -> {
            Properties props = LoginProperties.of(spec);
            Driver driver = Drivers.of(spec.dbms());
            Connection c;
            try {
                c = driver == null ? null : driver.connect(spec.connectUrl(), props);
                c = c != null ? c : DriverManager.getConnection(spec.connectUrl(), props);
            } catch (SQLException e) {
                if (spec.dbms() == Dbms.H2 && e.getErrorCode() == H2AutoServer.ALREADY_OPEN) {
                    throw new SQLException(H2AutoServer.inUse(spec), e.getSQLState(), e.getErrorCode(), e);
                }
                throw e;
            }
            try {
                ReadOnlySessions.prepare(c, spec);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        };
    }

    /** One driver instance per database kind, made on first use. */
    final class Drivers {
        private static final java.util.Map<Dbms, Driver> DRIVERS = new java.util.concurrent.ConcurrentHashMap<>();

        private Drivers() {
        }

        static Driver of(Dbms dbms) {
            return DRIVERS.computeIfAbsent(dbms, d -> {
                String name = switch (d) {
                    case H2 -> "org.h2.Driver";
                    case SQLITE -> "org.sqlite.JDBC";
                    case POSTGRESQL -> "org.postgresql.Driver";
                    case MARIADB -> "org.mariadb.jdbc.Driver";
                };
                try {
                    return (Driver) Class.forName(name).getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException | LinkageError e) {
                    return null; // DriverManager then finds whatever driver there is
                }
            });
        }
    }
}
