package dev.rowboat.data.edit;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plain-JDBC reads and writes for the save tests, as another client of the database would do them. */
final class SaveFixtures {
    private SaveFixtures() {
    }

    /** The microblog sample: its tables, with their unique indexes (on SQLite too), and the named rows. */
    static OpenDatabase openSample(TestDatabase test) {
        return test.openWithSample();
    }

    /** Opens the test database with other entities than the microblog's, creating their tables. */
    static OpenDatabase openWith(TestDatabase test, Class<?>... entities) {
        OpenDatabase db = new DatabaseOpener(List.of(entities), true).open(test.spec(), ConnectOptions.defaults().allowingCreate());
        db.createTablesIfEmpty();
        return db;
    }

    static String userTable(Dbms dbms) {
        return dbms == Dbms.MARIADB ? "`user`" : "\"user\"";
    }

    static Object value(TestDatabase test, String sql) {
        List<List<Object>> rows = rows(test, sql);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    static int count(TestDatabase test, String sql) {
        return ((Number) value(test, sql)).intValue();
    }

    static List<List<Object>> rows(TestDatabase test, String sql) {
        List<List<Object>> rows = new ArrayList<>();
        test.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        });
        return rows;
    }

    static void execute(TestDatabase test, String... statements) {
        test.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    static Map<String, Object> map(Object... keysAndValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
