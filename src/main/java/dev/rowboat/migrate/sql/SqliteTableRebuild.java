package dev.rowboat.migrate.sql;

import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.TableSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What SQLite's ALTER TABLE cannot do, done by copying (SQLite's own twelve-step recipe): create
 * {@code _rowboat_new_<t>} as the table should be, copy the columns both have, drop the old
 * table, rename the new one, and create the table's indexes again. Foreign keys must be off
 * ({@link SqlDialect#beforeMigration}); {@code PRAGMA foreign_key_check} runs before commit.
 * <p>
 * Triggers are not in the snapshot, so they are kept at run time: the rendered SQL copies the
 * table's trigger definitions into the temporary table {@code _rowboat_triggers} before dropping
 * it, and {@link SqlDialect#verifyBeforeCommit} creates them again. Offline SQL shows the copy
 * but cannot re-create them; views over the table are not handled.
 */
final class SqliteTableRebuild {
    static final String PREFIX = "_rowboat_new_";
    private static final String TRIGGERS = "_rowboat_triggers";

    private SqliteTableRebuild() {
    }

    static List<String> render(SqliteDialect d, TableSpec before, TableSpec after) {
        String table = after.name();
        String temporary = PREFIX + table;
        List<String> kept = after.columns().stream().map(ColumnSpec::name)
                .filter(n -> before.column(n).isPresent()).toList();
        String columns = kept.stream().map(d::quote).collect(Collectors.joining(", "));
        List<String> statements = new ArrayList<>();
        statements.add(d.createTableStatement(after, temporary));
        if (!kept.isEmpty()) {
            statements.add("INSERT INTO " + d.quote(temporary) + " (" + columns + ") SELECT " + columns
                    + " FROM " + d.quote(before.name()));
        }
        statements.add("CREATE TEMP TABLE IF NOT EXISTS " + TRIGGERS + " (name TEXT, sql TEXT)");
        statements.add("INSERT INTO temp." + TRIGGERS + " SELECT name, sql FROM main.sqlite_master"
                + " WHERE type = 'trigger' AND tbl_name = '" + before.name().replace("'", "''") + "'");
        statements.add("DROP TABLE " + d.quote(before.name()));
        statements.add("ALTER TABLE " + d.quote(temporary) + " RENAME TO " + d.quote(table));
        after.indexes().forEach(i -> statements.add(d.createIndex(i)));
        return statements;
    }

    /** Creates the triggers a rebuild set aside, once their table is back. */
    static void recreateTriggers(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM sqlite_temp_master WHERE type = 'table' AND name = '" + TRIGGERS + "'")) {
            if (!rs.next() || rs.getInt(1) == 0) {
                return;
            }
        }
        Map<String, String> triggers = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, sql FROM temp." + TRIGGERS)) {
            while (rs.next()) {
                triggers.put(rs.getString(1), rs.getString(2));
            }
        }
        for (Map.Entry<String, String> trigger : triggers.entrySet()) {
            try (PreparedStatement exists = c.prepareStatement(
                    "SELECT count(*) FROM main.sqlite_master WHERE type = 'trigger' AND name = ?")) {
                exists.setString(1, trigger.getKey());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        continue;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute(trigger.getValue());
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE temp." + TRIGGERS);
        }
    }
}
