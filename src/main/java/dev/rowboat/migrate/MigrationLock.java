package dev.rowboat.migrate;

import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One row in {@code rowboat_lock}, inserted and committed on its own connection before a run and
 * deleted after it: the primary key lets only one Rowboat in. A process that died leaves the
 * row; {@link #clear} removes it when a person says so.
 */
final class MigrationLock implements VersionBook.Held {
    static final String TABLE = "rowboat_lock";
    private final Connection connection;
    private final String owner;

    private MigrationLock(Connection connection, String owner) {
        this.connection = connection;
        this.owner = owner;
    }

    /**
     * @param connection in auto-commit mode; the lock keeps and closes it
     * @throws MigrationException of kind LOCKED naming the holder
     */
    static MigrationLock acquire(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        SqlTables.createIfMissing(connection, TABLE, "create table " + TABLE
                + " (id integer not null primary key, owner varchar(200) not null, acquired_at varchar(40) not null)");
        String owner = ownerName();
        try (PreparedStatement p = connection.prepareStatement("insert into " + TABLE + " (id, owner, acquired_at) values (1, ?, ?)")) {
            p.setString(1, owner);
            p.setString(2, Instant.now().toString());
            p.executeUpdate();
        } catch (SQLException e) {
            Optional<String> holder = holder(connection);
            connection.close();
            if (holder.isPresent()) {
                throw new MigrationException(Kind.LOCKED, "Another Rowboat is migrating this database: " + holder.get()
                        + ". If that process is gone, clear the lock with `rowboat db unlock`.", e);
            }
            throw e;
        }
        return new MigrationLock(connection, owner);
    }

    /** Who holds the lock and since when, if anyone does. */
    static Optional<String> holder(Connection c) throws SQLException {
        if (!SqlTables.exists(c, TABLE)) {
            return Optional.empty();
        }
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("select owner, acquired_at from " + TABLE + " where id = 1")) {
            return rs.next() ? Optional.of(rs.getString(1) + " since " + rs.getString(2)) : Optional.empty();
        }
    }

    /** Removes any lock, returning who held it. */
    static Optional<String> clear(Connection c) throws SQLException {
        Optional<String> holder = holder(c);
        if (holder.isPresent()) {
            try (var s = c.createStatement()) {
                s.executeUpdate("delete from " + TABLE);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        return holder;
    }

    @Override
    public void close() throws SQLException {
        try (connection; PreparedStatement p = connection.prepareStatement("delete from " + TABLE + " where id = 1 and owner = ?")) {
            p.setString(1, owner);
            p.executeUpdate();
        }
    }

    private static String ownerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown host";
        }
        return "process " + ProcessHandle.current().pid() + " on " + host + " (" + UUID.randomUUID().toString().substring(0, 8) + ")";
    }
}
