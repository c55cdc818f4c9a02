package dev.rowboat.migrate.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * SQLite's foreign-key switch around a migration, and the check a rebuild needs before commit.
 * The switch is ignored inside a transaction, so it is thrown before the transaction starts and
 * put back after it ended, to what it was on that connection.
 */
final class SqliteForeignKeys {
    private static final Map<Connection, Boolean> WAS_ON = Collections.synchronizedMap(new WeakHashMap<>());

    private SqliteForeignKeys() {
    }

    static void switchOff(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
            WAS_ON.put(c, rs.next() && rs.getInt(1) == 1);
        }
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
        }
    }

    static void restore(Connection c) throws SQLException {
        Boolean wasOn = WAS_ON.remove(c);
        if (Boolean.TRUE.equals(wasOn)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    /** Throws naming the first row whose foreign key points nowhere. */
    static void check(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("Foreign key violation: row " + rs.getLong(2) + " of table " + rs.getString(1)
                        + " refers to a row of " + rs.getString(3) + " that does not exist", "23000");
            }
        }
    }
}
