package dev.rowboat.data.paging;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Locale;
import java.util.UUID;

/**
 * The columns of a result read as stored, each by its JDBC type into an exact Java value:
 * decimals as BigDecimal, date-times as java.time with their offset where the column keeps one,
 * binary as bytes. SQLite has no column types, so its values are what it stores (INTEGER, REAL,
 * TEXT, BLOB).
 */
final class RawValues {
    private enum Kind { PLAIN, OFFSET_DATE_TIME, LOCAL_DATE_TIME, DATE, LOCAL_TIME, OFFSET_TIME, DECIMAL, BYTES, TEXT, BOOLEAN, LONG, OTHER }

    private final Kind[] kinds;

    private RawValues(Kind[] kinds) {
        this.kinds = kinds;
    }

    /** How to read the first {@code width} columns of a result. */
    static RawValues of(ResultSetMetaData meta, int width, boolean sqlite) throws SQLException {
        Kind[] kinds = new Kind[width + 1];
        for (int i = 1; i <= width; i++) {
            kinds[i] = sqlite ? Kind.PLAIN : kind(meta, i);
        }
        return new RawValues(kinds);
    }

    private static Kind kind(ResultSetMetaData meta, int index) throws SQLException {
        String name = String.valueOf(meta.getColumnTypeName(index)).toLowerCase(Locale.ROOT);
        // PostgreSQL reports timestamptz and timetz with the plain types' codes
        boolean zoned = name.equals("timestamptz") || name.equals("timetz") || name.contains("with time zone");
        return switch (meta.getColumnType(index)) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.OFFSET_DATE_TIME;
            case Types.TIMESTAMP -> zoned ? Kind.OFFSET_DATE_TIME : Kind.LOCAL_DATE_TIME;
            case Types.DATE -> name.equals("year") ? Kind.PLAIN : Kind.DATE;
            case Types.TIME -> zoned ? Kind.OFFSET_TIME : Kind.LOCAL_TIME;
            case Types.TIME_WITH_TIMEZONE -> Kind.OFFSET_TIME;
            case Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BYTES;
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.SQLXML -> Kind.TEXT;
            // MariaDB's BIT(n) of more than one bit is a number, not a truth value
            case Types.BIT, Types.BOOLEAN -> meta.getPrecision(index) > 1 && name.equals("bit") ? Kind.LONG : Kind.BOOLEAN;
            case Types.OTHER, Types.JAVA_OBJECT -> Kind.OTHER;
            default -> name.equals("json") ? Kind.TEXT : Kind.PLAIN;
        };
    }

    Object read(ResultSet rs, int index) throws SQLException {
        Object value = switch (kinds[index]) {
            case OFFSET_DATE_TIME -> rs.getObject(index, OffsetDateTime.class);
            case LOCAL_DATE_TIME -> rs.getObject(index, LocalDateTime.class);
            case DATE -> rs.getObject(index, LocalDate.class);
            case LOCAL_TIME -> rs.getObject(index, LocalTime.class);
            case OFFSET_TIME -> rs.getObject(index, OffsetTime.class);
            case DECIMAL -> rs.getBigDecimal(index);
            case BYTES -> rs.getBytes(index);
            case TEXT -> rs.getString(index);
            case BOOLEAN -> rs.getBoolean(index);
            case LONG -> rs.getLong(index);
            case OTHER -> other(rs, index);
            case PLAIN -> JdbcValues.plain(rs.getObject(index));
        };
        return rs.wasNull() ? null : value;
    }

    /** UUIDs stay UUIDs; JSON, enums, intervals and the like are their text. */
    private static Object other(ResultSet rs, int index) throws SQLException {
        Object value = rs.getObject(index);
        if (value == null || value instanceof UUID) {
            return value;
        }
        return rs.getString(index);
    }
}
