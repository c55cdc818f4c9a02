package dev.rowboat.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Rowboat's own bookkeeping tables: {@code rowboat_version} names the current revision(s) as
 * Alembic's table does; {@code rowboat_history} keeps each applied revision's checksum and
 * time, so an edited file is noticed.
 */
final class VersionStore {
    static final String VERSION = "rowboat_version";
    static final String HISTORY = "rowboat_history";

    /** A row of {@code rowboat_history}. */
    record Applied(String revision, String checksum, String appliedAt) {
    }

    private VersionStore() {
    }

    /** Run with auto-commit on: DDL commits by itself on half the databases anyway. */
    static void ensureTables(Connection c) throws SQLException {
        SqlTables.createIfMissing(c, VERSION, "create table " + VERSION + " (version_num varchar(12) not null primary key)");
        SqlTables.createIfMissing(c, HISTORY, "create table " + HISTORY
                + " (revision varchar(12) not null primary key, checksum varchar(64) not null, applied_at varchar(40) not null)");
    }

    static Set<String> current(Connection c) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        if (!SqlTables.exists(c, VERSION)) {
            return out;
        }
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("select version_num from " + VERSION + " order by version_num")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static Map<String, Applied> history(Connection c) throws SQLException {
        Map<String, Applied> out = new LinkedHashMap<>();
        if (!SqlTables.exists(c, HISTORY)) {
            return out;
        }
        try (var s = c.createStatement();
             ResultSet rs = s.executeQuery("select revision, checksum, applied_at from " + HISTORY + " order by applied_at, revision")) {
            while (rs.next()) {
                out.put(rs.getString(1), new Applied(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** Records the new state inside the caller's transaction, with the revision that was applied or undone. */
    static void record(Connection c, Collection<String> current, String revision, String checksum, Direction direction) throws SQLException {
        writeCurrent(c, current);
        delete(c, revision);
        if (direction == Direction.UP) {
            insert(c, revision, checksum);
        }
    }

    /** Stamps: the version table names {@code current}, the history holds exactly {@code applied}'s checksums. */
    static void stamp(Connection c, Collection<String> current, Map<String, String> checksumsOfApplied) throws SQLException {
        writeCurrent(c, current);
        Map<String, Applied> old = history(c);
        for (String revision : old.keySet()) {
            if (!checksumsOfApplied.containsKey(revision)) {
                delete(c, revision);
            }
        }
        for (Map.Entry<String, String> e : checksumsOfApplied.entrySet()) {
            if (!old.containsKey(e.getKey())) {
                insert(c, e.getKey(), e.getValue());
            }
        }
    }

    private static void writeCurrent(Connection c, Collection<String> current) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate("delete from " + VERSION);
        }
        try (PreparedStatement p = c.prepareStatement("insert into " + VERSION + " (version_num) values (?)")) {
            for (String id : current) {
                p.setString(1, id);
                p.executeUpdate();
            }
        }
    }

    private static void delete(Connection c, String revision) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("delete from " + HISTORY + " where revision = ?")) {
            p.setString(1, revision);
            p.executeUpdate();
        }
    }

    private static void insert(Connection c, String revision, String checksum) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into " + HISTORY + " (revision, checksum, applied_at) values (?, ?, ?)")) {
            p.setString(1, revision);
            p.setString(2, checksum);
            p.setString(3, Instant.now().toString());
            p.executeUpdate();
        }
    }
}
