package dev.rowboat.data.reflect;

import dev.rowboat.data.mapping.TextRule;
import dev.rowboat.data.postgres.PostgresTypes;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.TypeKind;
import java.util.ArrayList;
import java.util.List;

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
     * MySQL's ENUM and SET as text; what is left stays {@link TypeKind#OTHER}, read-only. Arrays
     * and intervals stay so everywhere, and on PostgreSQL every native type but citext: there
     * {@code _text} is an array, and interval, point and int4range are no whole numbers.
     */
    static ColumnType effective(ColumnType type, Dbms dbms) {
        if (type.kind() != TypeKind.OTHER || type.nativeName() == null) {
            return type;
        }
        String name = type.nativeName().toLowerCase(java.util.Locale.ROOT);
        if (dbms == Dbms.POSTGRESQL) {
            return name.equals("citext") ? ColumnType.of(TypeKind.TEXT) : type;
        }
        if (name.contains("array") || name.contains("[]") || name.contains("interval")) {
            return type;
        }
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

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'((?:[^']|'')*)'");

    /**
     * What a column's text must be beyond text: JSON for a JSON column; for a PostgreSQL enum type,
     * one of its values (read from {@code pg_enum}); for MySQL's and MariaDB's {@code enum('a','b')},
     * one of the values its type spells. Null for other columns.
     *
     * @param type the type as the schema reader gives it (before {@link #effective})
     * @param enumValues the values of the column's PostgreSQL enum type; empty for none
     */
    static TextRule textRule(ColumnType type, Dbms dbms, List<String> enumValues) {
        boolean postgres = dbms == Dbms.POSTGRESQL;
        if (type.kind() == TypeKind.JSON) {
            return dbms == Dbms.H2 ? null : TextRule.json(postgres);
        }
        if (postgres && !enumValues.isEmpty()) {
            return TextRule.oneOf(enumValues, true);
        }
        String name = type.kind() == TypeKind.OTHER && type.nativeName() != null ? type.nativeName().strip() : "";
        if (name.regionMatches(true, 0, "enum(", 0, 5)) {
            List<String> values = new ArrayList<>();
            java.util.regex.Matcher quoted = QUOTED.matcher(name);
            while (quoted.find()) {
                values.add(quoted.group(1).replace("''", "'"));
            }
            return values.isEmpty() ? null : TextRule.oneOf(values, false);
        }
        return null;
    }

    /** The name of the basic type in Hibernate's registry. */
    static String hibernateType(ColumnType type, Dbms dbms) {
        return hibernateType(type, dbms, null);
    }

    /** The same for a column with a text rule: a native type's text is bound untyped. */
    static String hibernateType(ColumnType type, Dbms dbms, TextRule rule) {
        if (rule != null && rule.nativeType()) {
            return PostgresTypes.NATIVE_TEXT;
        }
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

    /**
     * Why a column of this type is shown but not edited; null where it can be edited. A column
     * with a text rule (JSON, an enum) is edited as text and checked by its rule.
     */
    static String readOnlyReason(ColumnType type, Dbms dbms, TextRule rule) {
        if (rule == null && type.kind() == TypeKind.JSON && dbms == Dbms.H2) {
            // H2 stores a character string given for a JSON column as a JSON string ("\"{...}\""), not as the document
            return "JSON on H2 is shown as text; text written back would be stored as one JSON string, so it is read-only.";
        }
        if (rule == null && type.kind() == TypeKind.OTHER) {
            return "Its type " + type.nativeName() + " is shown as text; Rowboat cannot write it back exactly, so it is read-only.";
        }
        return null;
    }
}
