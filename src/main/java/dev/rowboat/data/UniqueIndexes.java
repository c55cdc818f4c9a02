package dev.rowboat.data;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * Makes sure the unique indexes the model declares exist after Hibernate created the tables.
 * Hibernate's SQLite dialect skips unique constraints without a word, which would let
 * {@code ix_user_username} go missing; a database that has them is left as it is.
 */
final class UniqueIndexes {
    private UniqueIndexes() {
    }

    static void ensure(Metadata metadata, Dialect dialect, Connection connection) throws SQLException {
        for (Table table : metadata.collectTableMappings()) {
            Set<Set<String>> existing = uniqueColumnSets(connection, table.getName());
            for (UniqueKey key : table.getUniqueKeys().values()) {
                Set<String> columns = new HashSet<>();
                key.getColumns().forEach(c -> columns.add(c.getName().toLowerCase(Locale.ROOT)));
                if (!existing.contains(columns)) {
                    create(connection, dialect, table, key.getName(), key.getColumns());
                }
            }
        }
    }

    private static void create(Connection connection, Dialect dialect, Table table, String name, List<Column> columns)
            throws SQLException {
        List<String> quoted = new ArrayList<>();
        columns.forEach(c -> quoted.add(c.getQuotedName(dialect)));
        try (Statement statement = connection.createStatement()) {
            statement.execute("create unique index " + name + " on " + table.getQuotedName(dialect) + " (" + String.join(", ", quoted) + ")");
        }
    }

    /** The column sets of the table's unique indexes, whatever case the database stores names in. */
    private static Set<Set<String>> uniqueColumnSets(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = null;
        try {
            schema = connection.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            // no schemas (SQLite, MariaDB)
        }
        Map<String, Set<String>> byIndex = new HashMap<>();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), schema, name, true, false)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    if (index != null && column != null) {
                        byIndex.computeIfAbsent(index, i -> new HashSet<>()).add(column.toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (!byIndex.isEmpty()) {
                break;
            }
        }
        return new HashSet<>(byIndex.values());
    }
}
