package dev.rowboat.data.reflect;

import dev.rowboat.schema.Dbms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values each column of a PostgreSQL enum type allows, in the type's order, from
 * {@code pg_enum}. Read per column of the current schema rather than per type name, so a type of
 * another schema or with a quoted name is found as the column refers to it. Other databases have
 * none: MySQL's and MariaDB's ENUM spells its values in the column's type.
 */
final class EnumValues {
    static final EnumValues NONE = new EnumValues(Map.of());

    private static final String SQL = "select c.relname, a.attname, e.enumlabel"
            + " from pg_attribute a join pg_class c on c.oid = a.attrelid"
            + " join pg_enum e on e.enumtypid = a.atttypid"
            + " where c.relnamespace = current_schema()::regnamespace and a.attnum > 0 and not a.attisdropped"
            + " order by c.relname, a.attname, e.enumsortorder";

    /** table + NUL + column -> its allowed values. */
    private final Map<String, List<String>> byColumn;

    private EnumValues(Map<String, List<String>> byColumn) {
        this.byColumn = byColumn;
    }

    static EnumValues read(Connection c, Dbms dbms) throws SQLException {
        if (dbms != Dbms.POSTGRESQL) {
            return NONE;
        }
        Map<String, List<String>> byColumn = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byColumn.computeIfAbsent(key(rs.getString(1), rs.getString(2)), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        return new EnumValues(byColumn);
    }

    /** The column's allowed values; empty where it is not of an enum type. */
    List<String> of(String table, String column) {
        return byColumn.getOrDefault(key(table, column), List.of());
    }

    private static String key(String table, String column) {
        return table + "\u0000" + column;
    }
}
