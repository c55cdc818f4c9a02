package dev.rowboat.migrate;

import dev.rowboat.migrate.repo.HistoryFormat;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bookkeeping a history keeps in the database it migrates: which revisions are current,
 * whose database it is, and the lock. Rowboat's YAML histories keep {@code rowboat_*} tables; an
 * Alembic project keeps {@code alembic_version} only, as Alembic does, and gets nothing of
 * Rowboat's. The engine talks to this, never to the tables.
 */
interface VersionBook {
    static VersionBook of(HistoryFormat format) {
        return format == HistoryFormat.ALEMBIC ? new AlembicBook() : new RowboatBook();
    }

    /**
     * @throws dev.rowboat.migrate.api.MigrationException NOT_OWNED where another tool's version
     *                                                    table is, before anything is created
     */
    Ownership ownership(Connection c) throws SQLException;

    /**
     * @throws dev.rowboat.migrate.api.MigrationException UNVERSIONED for tables this history did
     *                                                    not make, with what adopts them
     */
    void requireRunnable(Ownership ownership, String repository);

    Set<String> current(Connection c) throws SQLException;

    /** Each applied revision's checksum and time, where the history keeps them (Alembic does not). */
    Map<String, VersionStore.Applied> history(Connection c) throws SQLException;

    /** Creates the version table(s); auto-commit on, after {@link #ownership} was read. */
    void ensureTables(Connection c) throws SQLException;

    /** Keeps other processes out until closed; Alembic keeps no lock, so neither does its book. */
    Held lock(ConnectionSource source) throws SQLException;

    /** A lock being held. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    Optional<String> lockHolder(Connection c) throws SQLException;

    Optional<String> clearLock(Connection c) throws SQLException;

    /** The new state after one revision ran, inside the caller's transaction. */
    void record(Connection c, Collection<String> current, String revision, String checksum, Direction direction) throws SQLException;

    /**
     * The statements that move the version table from {@code before} to {@code after}, for an
     * offline script; {@code first} when the script starts at base and must create the table.
     * Rowboat's own scripts leave the bookkeeping to a run, so its list is empty.
     */
    List<String> offlineStatements(Collection<String> before, Collection<String> after, boolean first);

    /**
     * The statements that end an offline script which took the database down to base: Alembic
     * drops its version table there, as its create began a script from base.
     */
    default List<String> offlineAtBase() {
        return List.of();
    }

    /** Records {@code current} without running anything; {@code checksums} of every applied revision. */
    void stamp(Connection c, Collection<String> current, Map<String, String> checksums) throws SQLException;
}
