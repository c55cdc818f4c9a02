package dev.rowboat.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rowboat's own bookkeeping: {@code rowboat_version}, {@code rowboat_history} and {@code rowboat_lock}. */
final class RowboatBook implements VersionBook {
    @Override
    public Ownership ownership(Connection c) throws SQLException {
        return OwnershipCheck.read(c);
    }

    @Override
    public void requireRunnable(Ownership ownership, String repository) {
        OwnershipCheck.requireRunnable(ownership, repository);
    }

    @Override
    public Set<String> current(Connection c) throws SQLException {
        return VersionStore.current(c);
    }

    @Override
    public Map<String, VersionStore.Applied> history(Connection c) throws SQLException {
        return VersionStore.history(c);
    }

    @Override
    public void ensureTables(Connection c) throws SQLException {
        VersionStore.ensureTables(c);
    }

    @Override
    public Held lock(ConnectionSource source) throws SQLException {
        return MigrationLock.acquire(source.open());
    }

    @Override
    public Optional<String> lockHolder(Connection c) throws SQLException {
        return MigrationLock.holder(c);
    }

    @Override
    public Optional<String> clearLock(Connection c) throws SQLException {
        return MigrationLock.clear(c);
    }

    @Override
    public void record(Connection c, Collection<String> current, String revision, String checksum, Direction direction)
            throws SQLException {
        VersionStore.record(c, current, revision, checksum, direction);
    }

    @Override
    public List<String> offlineStatements(Collection<String> before, Collection<String> after, boolean first) {
        return List.of();
    }

    @Override
    public void stamp(Connection c, Collection<String> current, Map<String, String> checksums) throws SQLException {
        VersionStore.stamp(c, current, checksums);
    }
}
