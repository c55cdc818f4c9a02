package dev.rowboat.schema;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a database's own type spelling back into a portable {@link ColumnType}, so that what a
 * dialect renders reads back equal. Knows the spellings of all four databases at once: they do
 * not collide except where noted (MariaDB's {@code timestamp} and {@code tinyint(1)}).
 */
final class NativeTypes {
    /** Lengths at or above this mean "unbounded" (H2 and PostgreSQL report their maximum). */
    private static final int UNBOUNDED = 1_000_000_000;
    private static final Pattern WITH_ARGS = Pattern.compile("([a-z_ 0-9]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)\\s*(.*)");
    private static final Map<String, TypeKind> KINDS = Map.ofEntries(
            Map.entry("smallint", TypeKind.SMALLINT), Map.entry("int2", TypeKind.SMALLINT),
            Map.entry("smallserial", TypeKind.SMALLINT),
            Map.entry("integer", TypeKind.INTEGER), Map.entry("int", TypeKind.INTEGER), Map.entry("int4", TypeKind.INTEGER),
            Map.entry("serial", TypeKind.INTEGER),
            Map.entry("bigint", TypeKind.BIGINT), Map.entry("int8", TypeKind.BIGINT), Map.entry("bigserial", TypeKind.BIGINT),
            Map.entry("boolean", TypeKind.BOOLEAN), Map.entry("bool", TypeKind.BOOLEAN),
            Map.entry("numeric", TypeKind.DECIMAL), Map.entry("decimal", TypeKind.DECIMAL),
            Map.entry("real", TypeKind.FLOAT), Map.entry("float4", TypeKind.FLOAT), Map.entry("float", TypeKind.FLOAT),
            Map.entry("double precision", TypeKind.DOUBLE), Map.entry("double", TypeKind.DOUBLE),
            Map.entry("float8", TypeKind.DOUBLE),
            Map.entry("varchar", TypeKind.VARCHAR), Map.entry("character varying", TypeKind.VARCHAR),
            Map.entry("char", TypeKind.CHAR), Map.entry("character", TypeKind.CHAR), Map.entry("bpchar", TypeKind.CHAR),
            Map.entry("text", TypeKind.TEXT), Map.entry("clob", TypeKind.TEXT),
            Map.entry("character large object", TypeKind.TEXT), Map.entry("longtext", TypeKind.TEXT),
            Map.entry("mediumtext", TypeKind.TEXT),
            Map.entry("date", TypeKind.DATE), Map.entry("time", TypeKind.TIME),
            Map.entry("timestamp", TypeKind.TIMESTAMP), Map.entry("datetime", TypeKind.TIMESTAMP),
            Map.entry("timestamp without time zone", TypeKind.TIMESTAMP),
            Map.entry("timestamptz", TypeKind.TIMESTAMP_TZ), Map.entry("timestamp with time zone", TypeKind.TIMESTAMP_TZ),
            Map.entry("blob", TypeKind.BLOB), Map.entry("binary large object", TypeKind.BLOB),
            Map.entry("bytea", TypeKind.BLOB), Map.entry("longblob", TypeKind.BLOB),
            Map.entry("uuid", TypeKind.UUID), Map.entry("json", TypeKind.JSON), Map.entry("jsonb", TypeKind.JSON));

    private NativeTypes() {
    }

    /** Reads a type name as written ({@code VARCHAR(64)}, {@code decimal(10,2) unsigned}). */
    static ColumnType parse(Dbms dbms, String written) {
        String lower = written.trim().toLowerCase(Locale.ROOT);
        Matcher m = WITH_ARGS.matcher(lower);
        if (m.matches()) {
            Integer first = Integer.valueOf(m.group(2));
            Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            String suffix = m.group(4).trim();
            String name = suffix.isEmpty() || suffix.equals("unsigned") ? m.group(1) : m.group(1) + " " + suffix;
            return read(dbms, name, first, second, written);
        }
        return read(dbms, lower, null, null, written);
    }

    /** Reads a type name with JDBC's COLUMN_SIZE and DECIMAL_DIGITS. */
    static ColumnType read(Dbms dbms, String name, Integer size, Integer digits, String written) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        if (dbms == Dbms.MARIADB && lower.equals("tinyint") && size != null && size == 1) {
            return ColumnType.of(TypeKind.BOOLEAN);
        }
        if (dbms == Dbms.MARIADB && lower.equals("timestamp")) {
            return ColumnType.of(TypeKind.TIMESTAMP_TZ); // MariaDB's TIMESTAMP is stored as UTC
        }
        TypeKind kind = KINDS.get(lower);
        if (kind == null) {
            return ColumnType.nativeType(written.trim());
        }
        return switch (kind) {
            case VARCHAR, CHAR -> new ColumnType(kind, size == null || size >= UNBOUNDED ? null : size, null, null, null);
            case DECIMAL -> size == null || size > 1000
                    ? ColumnType.of(kind) : new ColumnType(kind, null, size, digits == null ? 0 : digits, null);
            default -> ColumnType.of(kind);
        };
    }
}
