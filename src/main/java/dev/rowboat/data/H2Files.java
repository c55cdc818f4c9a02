package dev.rowboat.data;

import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * How Rowboat keeps an embedded H2 database whole. By default H2 closes a database when its last
 * connection closes and reads the file again on the next; Rowboat opens and closes connections
 * from several threads in quick succession (the migration engine's, the connection check, the
 * pool's own), and when a reopening met a closing, H2 was seen to read an older state of the file
 * and lose the latest commits (tables made a moment before were gone). So a database stays open
 * in the process from its first connection until Rowboat is done with it and shuts it down
 * ({@link dev.rowboat.schema.LoginProperties} asks for that on every H2 connection).
 */
public final class H2Files {
    private H2Files() {
    }

    /**
     * Writes and closes an H2 file database Rowboat is done with, so the file is whole and free for
     * other programs; nothing for other databases, or when the file is not there.
     */
    public static void shutDown(ConnectionSpec spec) {
        if (spec.dbms() != Dbms.H2 || spec.databaseFile().isEmpty() || spec.missingFile().isPresent()) {
            return;
        }
        Properties props = DriverProperties.of(spec, ConnectOptions.defaults());
        try (Connection c = DriverManager.getConnection(spec.connectUrl() + ";IFEXISTS=TRUE", props); Statement s = c.createStatement()) {
            if (servedByAnotherProcess(c)) {
                return; // another Rowboat serves the file (H2's automatic server): it is theirs to close
            }
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed by someone else, or never opened: there is nothing left to write
        }
    }

    /** A connection to a file in automatic server mode is remote when another process opened the file first. */
    private static boolean servedByAnotherProcess(Connection c) throws SQLException {
        return c.isWrapperFor(org.h2.jdbc.JdbcConnection.class) && c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession().isRemote();
    }
}
