package dev.rowboat.migrate.diff;

import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.TypeKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts, in the live database, what each destructive operation of an upgrade would lose, and
 * says so before anything runs: {@code drops column `about_me` of profile, which holds 1,204 values}.
 * Nothing is said where nothing would be lost.
 */
public final class DataLossCheck {
    private static final Map<TypeKind, Long> INTEGER_MAX = Map.of(
            TypeKind.SMALLINT, (long) Short.MAX_VALUE, TypeKind.INTEGER, (long) Integer.MAX_VALUE);

    private final Connection connection;
    private final Dbms dbms;

    public DataLossCheck(Connection connection, Dbms dbms) {
        this.connection = connection;
        this.dbms = dbms;
    }

    /** One warning per operation that would lose values, in the order of the operations. */
    public List<String> warnings(List<Operation> upgrade) throws SQLException {
        List<String> warnings = new ArrayList<>();
        for (Operation op : upgrade) {
            if (op instanceof DropColumn drop) {
                long values = count("select count(" + column(drop.table(), drop.column()) + ") from " + table(drop.table()));
                if (values > 0) {
                    warnings.add(subjectOf(op) + ", which holds " + number(values) + (values == 1 ? " value" : " values"));
                }
            } else if (op instanceof DropTable drop) {
                long rows = count("select count(*) from " + table(drop.table()));
                if (rows > 0) {
                    warnings.add(subjectOf(op) + ", which holds " + number(rows) + (rows == 1 ? " row" : " rows"));
                }
            } else if (op instanceof AlterColumn alter) {
                alterWarning(alter, warnings);
            }
        }
        return warnings;
    }

    /** How a warning about {@code op} starts, so that accepting a rename can take it back. */
    static String subjectOf(Operation op) {
        if (op instanceof DropColumn drop) {
            return "drops column `" + drop.column() + "` of " + drop.table();
        }
        if (op instanceof DropTable drop) {
            return "drops table `" + drop.table() + "`";
        }
        return op.describe();
    }

    private void alterWarning(AlterColumn alter, List<String> warnings) throws SQLException {
        ColumnSpec before = alter.previous();
        ColumnSpec after = alter.column();
        String column = column(alter.table(), before.name());
        String table = table(alter.table());
        String subject = "column `" + before.name() + "` of " + alter.table();
        Integer newLength = length(after.type());
        Integer oldLength = length(before.type());
        if (newLength != null && (oldLength == null || newLength < oldLength)) {
            String length = dbms == Dbms.SQLITE ? "length" : "char_length";
            long longer = count("select count(*) from " + table + " where " + length + "(" + column + ") > " + newLength);
            if (longer > 0) {
                warnings.add("narrows " + subject + " from " + before.type() + " to " + after.type() + ": "
                        + number(longer) + (longer == 1 ? " value is" : " values are") + " longer than " + newLength);
            }
        }
        Long max = INTEGER_MAX.get(after.type().kind());
        if (max != null && before.type().kind() != after.type().kind() && wider(before.type().kind(), after.type().kind())) {
            long outside = count("select count(*) from " + table + " where " + column + " > " + max + " or " + column + " < " + (-max - 1));
            if (outside > 0) {
                warnings.add("narrows " + subject + " from " + before.type() + " to " + after.type() + ": "
                        + number(outside) + (outside == 1 ? " value does" : " values do") + " not fit");
            }
        }
        if (before.nullable() && !after.nullable() && after.defaultSql() == null) {
            long nulls = count("select count(*) from " + table + " where " + column + " is null");
            if (nulls > 0) {
                warnings.add("makes " + subject + " NOT NULL, but " + number(nulls) + (nulls == 1 ? " row holds" : " rows hold") + " NULL");
            }
        }
    }

    private static boolean wider(TypeKind from, TypeKind to) {
        List<TypeKind> order = List.of(TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT, TypeKind.DECIMAL);
        return order.contains(from) && order.indexOf(from) > order.indexOf(to);
    }

    /** A bounded text length, or null for text without one. */
    private static Integer length(ColumnType type) {
        boolean bounded = type.kind() == TypeKind.VARCHAR || type.kind() == TypeKind.CHAR;
        return bounded && type.length() != null && type.length() <= TypeEquivalence.TEXT_LENGTH ? type.length() : null;
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String quote(String identifier) {
        String q = dbms == Dbms.MARIADB ? "`" : "\"";
        return q + identifier.replace(q, q + q) + q;
    }

    /**
     * H2 keeps unquoted names in upper case and the snapshot reports those in lower case, while a
     * name created quoted ({@code "user"}) stays as it is: ask the database which one it has.
     */
    private String table(String name) throws SQLException {
        if (dbms != Dbms.H2 || !name.equals(name.toLowerCase(Locale.ROOT))) {
            return quote(name);
        }
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
            return quote(rs.next() ? name : name.toUpperCase(Locale.ROOT));
        }
    }

    private String column(String table, String name) throws SQLException {
        if (dbms != Dbms.H2 || !name.equals(name.toLowerCase(Locale.ROOT))) {
            return quote(name);
        }
        String storedTable = table.equals(table.toLowerCase(Locale.ROOT)) && !exists(table) ? table.toUpperCase(Locale.ROOT) : table;
        try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), storedTable, name)) {
            return quote(rs.next() ? name : name.toUpperCase(Locale.ROOT));
        }
    }

    private boolean exists(String table) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
            return rs.next();
        }
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
