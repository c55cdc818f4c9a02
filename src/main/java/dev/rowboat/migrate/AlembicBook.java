package dev.rowboat.migrate;

import dev.rowboat.migrate.api.ForeignTool;
import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An Alembic project's bookkeeping, kept exactly as Alembic keeps it: {@code alembic_version}
 * with one row per current head, created as Alembic creates it, its row deleted (the table kept)
 * at base. Nothing else is written: no checksums, no lock table, so {@code flask db current} and
 * the project's next {@code flask db migrate} see only what Alembic itself would have left.
 */
final class AlembicBook implements VersionBook {
    static final String TABLE = "alembic_version";
    // Alembic's own DDL (alembic/runtime/migration.py), the same on every database
    private static final String CREATE = "CREATE TABLE " + TABLE
            + " (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))";

    /** Per schema (database on MariaDB), so that two schemas of one server are migrated independently. */
    static final String POSTGRES_LOCK = "SELECT pg_try_advisory_lock(hashtext('rowboat migrate ' || current_schema()))";
    static final String MARIADB_LOCK = "SELECT GET_LOCK(CONCAT('rowboat migrate ', DATABASE()), 0)";

    @Override
    public Ownership ownership(Connection c) throws SQLException {
        Set<String> tables = SqlTables.names(c);
        List<ForeignTool> others = ForeignTools.detect(c, tables).stream().filter(t -> !t.tool().equals("Alembic")).toList();
        if (!others.isEmpty()) {
            throw MigrationException.notOwned(OwnershipCheck.sentence(others), others);
        }
        if (tables.contains(VersionStore.VERSION)) {
            throw new MigrationException(Kind.REPOSITORY, "This database is versioned by a Rowboat history (rowboat_version), "
                    + "not by this Alembic project, so the project's revisions are not run or recorded here. Nothing was changed. "
                    + "Choose the Rowboat repository that made it (--dir).");
        }
        if (tables.contains(TABLE)) {
            return Ownership.VERSIONED;
        }
        return tables.stream().allMatch(t -> t.startsWith("sqlite_")) ? Ownership.EMPTY : Ownership.UNVERSIONED;
    }

    @Override
    public void requireRunnable(Ownership ownership, String repository) {
        if (ownership == Ownership.UNVERSIONED) {
            throw new MigrationException(Kind.UNVERSIONED, "This database has tables but no alembic_version table, so the revisions of "
                    + repository + " are not run over them. Nothing was changed. If its schema already matches a revision, "
                    + "record that with `rowboat db stamp REVISION` (or `flask db stamp REVISION`) first.");
        }
    }

    @Override
    public Set<String> current(Connection c) throws SQLException {
        return SqlTables.exists(c, TABLE) ? rows(c) : new LinkedHashSet<>();
    }

    @Override
    public Map<String, VersionStore.Applied> history(Connection c) {
        return Map.of();
    }

    @Override
    public void ensureTables(Connection c) throws SQLException {
        SqlTables.createIfMissing(c, TABLE, CREATE);
    }

    /**
     * Alembic keeps no lock table and none may be added to its database, so PostgreSQL's and
     * MariaDB's advisory locks keep two Rowboats apart without writing anything: held by a
     * session of its own, gone when that session ends, however the process ends. SQLite and H2
     * go without.
     */
    @Override
    public Held lock(ConnectionSource source) throws SQLException {
        Connection c = source.open();
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        String sql = product.contains("postgres") ? POSTGRES_LOCK
                : product.contains("maria") || product.contains("mysql") ? MARIADB_LOCK : null;
        if (sql == null) {
            c.close();
            return () -> { };
        }
        boolean got;
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            got = rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        if (!got) {
            c.close();
            throw new MigrationException(Kind.LOCKED, "Another Rowboat is migrating this database: it holds the migration lock "
                    + "(an advisory lock of the database server, released when that process ends). Wait for it to finish.");
        }
        return c::close;
    }

    @Override
    public Optional<String> lockHolder(Connection c) {
        return Optional.empty();
    }

    @Override
    public Optional<String> clearLock(Connection c) {
        return Optional.empty();
    }

    @Override
    public void record(Connection c, Collection<String> current, String revision, String checksum, Direction direction)
            throws SQLException {
        write(c, current);
    }

    // As Alembic's offline mode writes them: one UPDATE where a head moves, INSERT/DELETE where heads split or join
    @Override
    public List<String> offlineStatements(Collection<String> before, Collection<String> after, boolean first) {
        List<String> out = new java.util.ArrayList<>();
        if (first) {
            out.add(CREATE);
        }
        List<String> gone = before.stream().filter(v -> !after.contains(v)).toList();
        List<String> added = after.stream().filter(v -> !before.contains(v)).toList();
        int moved = Math.min(gone.size(), added.size());
        for (int i = 0; i < moved; i++) {
            out.add("UPDATE " + TABLE + " SET version_num='" + added.get(i) + "' WHERE " + TABLE + ".version_num = '" + gone.get(i) + "'");
        }
        gone.stream().skip(moved).forEach(v -> out.add("DELETE FROM " + TABLE + " WHERE " + TABLE + ".version_num = '" + v + "'"));
        added.stream().skip(moved).forEach(v -> out.add("INSERT INTO " + TABLE + " (version_num) VALUES ('" + v + "')"));
        return out;
    }

    @Override
    public List<String> offlineAtBase() {
        return List.of("DROP TABLE " + TABLE);
    }

    @Override
    public void stamp(Connection c, Collection<String> current, Map<String, String> checksums) throws SQLException {
        write(c, current);
    }

    // Only the rows that change, as Alembic's own updates do
    private static void write(Connection c, Collection<String> heads) throws SQLException {
        Set<String> now = rows(c);
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + TABLE + " WHERE version_num = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (version_num) VALUES (?)")) {
            for (String old : now) {
                if (!heads.contains(old)) {
                    delete.setString(1, old);
                    delete.executeUpdate();
                }
            }
            for (String head : heads) {
                if (!now.contains(head)) {
                    insert.setString(1, head);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static Set<String> rows(Connection c) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version_num FROM " + TABLE + " ORDER BY version_num")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
