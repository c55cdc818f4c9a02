package dev.rowboat.data.catalog;

import dev.rowboat.data.mapping.UnmappedTable;
import dev.rowboat.schema.Dbms;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.dialect.Dialect;

/**
 * Entities for tables and views without a usable key: their columns as the driver describes a
 * result of them, every one read-only with the reason, after a first column that numbers the
 * rows (what stands for an id, since no column may).
 */
final class KeylessEntities {
    /** The row-number column's name: not an identifier, so no column of the table can take it. */
    static final String POSITION = "#";
    private static final Map<String, Class<?>> JDBC_CLASSES = Map.of(
            "java.sql.Timestamp", LocalDateTime.class, "java.sql.Date", LocalDate.class, "java.sql.Time", LocalTime.class,
            "[B", byte[].class, "java.math.BigDecimal", BigDecimal.class);

    private KeylessEntities() {
    }

    static EntityInfo of(UnmappedTable table, Connection connection, Dialect dialect) {
        List<AttributeInfo> attributes = new ArrayList<>();
        attributes.add(new AttributeInfo(POSITION, AttributeKind.ID, Long.class, null, null, null, false, true, null,
                false, null, table.reason()));
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select * from " + dialect.toQuotedIdentifier(table.table()) + " where 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i);
                // named as the mapped entities' attributes are: H2's upper-case names in lower case
                String name = dialect instanceof org.hibernate.dialect.H2Dialect ? Dbms.H2.portableName(column) : column;
                attributes.add(new AttributeInfo(name, AttributeKind.BASIC, javaType(meta.getColumnClassName(i)), column, null, null,
                        meta.isNullable(i) != ResultSetMetaData.columnNoNulls, false, null, false, null, table.reason()));
            }
        } catch (SQLException e) {
            return new EntityInfo(table.name(), table.table(), false, attributes.subList(0, 1), POSITION,
                    List.of("its columns could not be read: " + e.getMessage()), table.reason());
        }
        return new EntityInfo(table.name(), table.table(), true, attributes, POSITION, List.of(), table.reason());
    }

    /** The Java type values are shown as: java.time for dates, text for what Rowboat has no editor for. */
    private static Class<?> javaType(String className) {
        if (className == null) {
            return String.class;
        }
        Class<?> mapped = JDBC_CLASSES.get(className);
        if (mapped != null) {
            return mapped;
        }
        if (className.equals("java.lang.Object")) {
            return String.class; // SQLite's columns without a type: compared as text
        }
        if (className.startsWith("java.lang.") || className.startsWith("java.time.") || className.equals("java.util.UUID")) {
            try {
                return Class.forName(className);
            } catch (ClassNotFoundException e) {
                return String.class;
            }
        }
        return String.class;
    }
}
