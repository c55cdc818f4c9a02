package dev.rowboat.data.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form each date-time column of a SQLite file keeps its values in, read once as the file
 * opens from the values its first rows hold. Per column, not per value: a program writes one form
 * to a column, a new row has no value to follow, and a form known per column is also what a
 * filter's or a page's bound value must take to compare with the column's values at all (an
 * INTEGER column never equals text). A column whose first rows hold nothing takes SQLAlchemy's
 * text, as before.
 */
public final class SqliteTimestampForms {
    public static final SqliteTimestampForms NONE = new SqliteTimestampForms(Map.of());
    /** Rows read per table: enough to see a column's form, few enough that a big table opens as fast. */
    private static final int SAMPLE_ROWS = 200;
    /** Where a column holds numbers of several forms, the first of these it holds is its form. */
    private static final List<SqliteTimestampForm> NUMBERS = List.of(SqliteTimestampForm.JULIAN_DAY,
            SqliteTimestampForm.EPOCH_MILLIS, SqliteTimestampForm.EPOCH_SECONDS_REAL, SqliteTimestampForm.EPOCH_SECONDS);

    /** table + NUL + column -> its form. */
    private final Map<String, SqliteTimestampForm> byColumn;

    private SqliteTimestampForms(Map<String, SqliteTimestampForm> byColumn) {
        this.byColumn = byColumn;
    }

    /** @param columns table -> its date-time columns, by the names SQLite stores */
    public static SqliteTimestampForms sample(Connection connection, Map<String, List<String>> columns) throws SQLException {
        Map<String, SqliteTimestampForm> byColumn = new HashMap<>();
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            List<String> names = table.getValue();
            if (names.isEmpty()) {
                continue;
            }
            List<String> select = new ArrayList<>();
            names.forEach(n -> select.add("typeof(" + quote(n) + "), " + quote(n)));
            List<List<SqliteTimestampForm>> seen = new ArrayList<>();
            names.forEach(n -> seen.add(new ArrayList<>()));
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "select " + String.join(", ", select) + " from " + quote(table.getKey()) + " limit " + SAMPLE_ROWS)) {
                while (rs.next()) {
                    for (int i = 0; i < names.size(); i++) {
                        String value = rs.getString(2 * i + 2);
                        SqliteTimestampForm form = value == null ? null : SqliteTimestampForm.of(rs.getString(2 * i + 1), value);
                        if (form != null) {
                            seen.get(i).add(form);
                        }
                    }
                }
            }
            for (int i = 0; i < names.size(); i++) {
                SqliteTimestampForm form = formOf(seen.get(i));
                if (form != null) {
                    byColumn.put(key(table.getKey(), names.get(i)), form);
                }
            }
        }
        return new SqliteTimestampForms(byColumn);
    }

    /** What most values are, numbers or text; of numbers the one form that reads them all, of text the finest layout. */
    static SqliteTimestampForm formOf(List<SqliteTimestampForm> seen) {
        long numbers = seen.stream().filter(f -> !f.isText()).count();
        if (numbers > seen.size() - numbers) {
            return NUMBERS.stream().filter(seen::contains).findFirst().orElse(null);
        }
        SqliteTimestampForm form = null;
        for (SqliteTimestampForm one : seen) {
            if (one.isText()) {
                form = form == null ? one : form.finer(one);
            }
        }
        return form;
    }

    /** The column's form, where its values show one. */
    public Optional<SqliteTimestampForm> of(String table, String column) {
        return Optional.ofNullable(byColumn.get(key(table, column)));
    }

    private static String key(String table, String column) {
        return table + "\u0000" + column;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
