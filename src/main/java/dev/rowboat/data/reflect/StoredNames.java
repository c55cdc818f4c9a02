package dev.rowboat.data.reflect;

import dev.rowboat.schema.Dbms;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names tables and columns are stored under, and the views. The schema reader gives H2's
 * upper-case names in lower case (their portable form); quoted SQL needs them as stored.
 */
final class StoredNames {
    private final Map<String, String> h2Tables = new HashMap<>();
    private final Map<String, String> h2Columns = new HashMap<>();
    private final List<String> views = new ArrayList<>();

    static StoredNames read(Connection c, Dbms dbms) throws SQLException {
        StoredNames names = new StoredNames();
        DatabaseMetaData meta = c.getMetaData();
        String catalog = dbms == Dbms.MARIADB ? c.getCatalog() : null;
        String schema = dbms == Dbms.MARIADB || dbms == Dbms.SQLITE ? null : c.getSchema();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"VIEW"})) {
            while (rs.next()) {
                String view = rs.getString("TABLE_NAME");
                names.views.add(dbms.portableName(view));
                if (dbms == Dbms.H2) {
                    names.h2Tables.putIfAbsent(dbms.portableName(view), view);
                }
            }
        }
        if (dbms == Dbms.H2) {
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    names.h2Tables.putIfAbsent(dbms.portableName(table), table);
                    names.h2Columns.putIfAbsent(dbms.portableName(table) + "\u0000" + dbms.portableName(column), column);
                }
            }
        }
        return names;
    }

    List<String> views() {
        return views;
    }

    String table(String name) {
        return h2Tables.getOrDefault(name, name);
    }

    String column(String table, String column) {
        return h2Columns.getOrDefault(table + "\u0000" + column, column);
    }
}
