package dev.rowboat.migrate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Whether a table exists in the connection's own schema, whichever case the database folds names to. */
final class SqlTables {
    private SqlTables() {
    }

    static boolean exists(Connection c, String name) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = schemaOf(c);
        for (String candidate : new String[] {name, name.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(c.getCatalog(), schema, candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The names of the connection's own schema's tables, lower case, in one metadata query. */
    static Set<String> names(Connection c) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), schemaOf(c), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String schemaOf(Connection c) throws SQLException {
        try {
            return c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    /**
     * Whether a table is a migration tool's bookkeeping or SQLite's own ({@code rowboat_*},
     * {@code alembic_version}, {@code sqlite_*}): never anyone's data, never part of a schema's history.
     */
    static boolean bookkeeping(String table) {
        String lower = table.toLowerCase(Locale.ROOT);
        return lower.equals(AlembicBook.TABLE) || lower.startsWith("rowboat_") || lower.startsWith("sqlite_");
    }

    /** Creates a table unless it exists; another process creating it at the same moment is fine. */
    static void createIfMissing(Connection c, String name, String ddl) throws SQLException {
        if (exists(c, name)) {
            return;
        }
        try (var s = c.createStatement()) {
            s.execute(ddl);
        } catch (SQLException e) {
            if (!exists(c, name)) {
                throw e;
            }
        }
    }
}
