package dev.rowboat.data.reflect;

import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.TypeKind;

/**
 * Which of Hibernate's basic types reads and writes a reflected column. Exact decimals stay
 * BigDecimal; a type Rowboat has no editor for is read as text and marked read-only, so that a
 * save never writes back a value it could not represent.
 */
final class ReflectedTypes {
    private ReflectedTypes() {
    }

    private static final java.util.regex.Pattern ARGS = java.util.regex.Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    /**
     * The portable type a declared type the schema reader keeps verbatim stands for, by the
     * rules SQLite applies to declared types (NVARCHAR is text, MEDIUMINT a whole number) and
     * MySQL's ENUM and SET as text; what is left stays {@link TypeKind#OTHER}, read-only.
     */
    static ColumnType effective(ColumnType type) {
        if (type.kind() != TypeKind.OTHER || type.nativeName() == null) {
            return type;
        }
        String name = type.nativeName().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher args = ARGS.matcher(name);
        Integer first = args.find() ? Integer.valueOf(args.group(1)) : null;
        Integer second = first != null && args.group(2) != null ? Integer.valueOf(args.group(2)) : null;
        if (name.startsWith("enum(") || name.startsWith("set(")) {
            return ColumnType.of(TypeKind.TEXT);
        }
        if (name.contains("char") || name.contains("text") || name.contains("clob") || name.equals("citext")) {
            return first == null ? ColumnType.of(TypeKind.TEXT) : ColumnType.varchar(first);
        }
        if (name.contains("int")) {
            return name.contains("big") || name.contains("unsigned") ? ColumnType.of(TypeKind.BIGINT) : ColumnType.of(TypeKind.INTEGER);
        }
        if (name.contains("real") || name.contains("floa") || name.contains("doub")) {
            return ColumnType.of(TypeKind.DOUBLE);
        }
        if (name.startsWith("numeric") || name.startsWith("decimal") || name.startsWith("number")) {
            return first == null ? ColumnType.of(TypeKind.DECIMAL) : ColumnType.decimal(first, second == null ? 0 : second);
        }
        if (name.equals("year")) {
            return ColumnType.of(TypeKind.INTEGER);
        }
        return type;
    }

    /** The name of the basic type in Hibernate's registry. */
    static String hibernateType(ColumnType type, Dbms dbms) {
        return switch (type.kind()) {
            case SMALLINT -> "short";
            case INTEGER -> "integer";
            case BIGINT -> "long";
            case BOOLEAN -> "boolean";
            case DECIMAL -> "big_decimal";
            case FLOAT -> "float";
            case DOUBLE -> "double";
            case DATE -> "LocalDate";
            case TIME -> "LocalTime";
            case TIMESTAMP -> "LocalDateTime";
            case TIMESTAMP_TZ -> "OffsetDateTime";
            case BLOB -> "binary";
            // a native uuid where the database has one; SQLite and MySQL keep UUIDs as text
            case UUID -> dbms == Dbms.POSTGRESQL || dbms == Dbms.H2 ? "uuid" : "string";
            case VARCHAR, CHAR, TEXT, JSON, OTHER -> "string";
        };
    }

    /** Why a column of this type is shown but not edited; null where it can be edited. */
    static String readOnlyReason(ColumnType type, Dbms dbms) {
        if (type.kind() == TypeKind.OTHER) {
            return "Its type " + type.nativeName() + " is shown as text; Rowboat cannot write it back exactly, so it is read-only.";
        }
        if (type.kind() == TypeKind.JSON && dbms == Dbms.POSTGRESQL) {
            return "JSON on PostgreSQL is shown as text; editing it is not supported yet, so it is read-only.";
        }
        return null;
    }
}
