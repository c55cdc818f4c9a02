package dev.rowboat.schema;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's type in portable terms: {@code varchar(64)}, {@code integer}, {@code decimal(10,2)}.
 * Its text form ({@link #toString()}, {@link #parse}) is what revision files hold.
 *
 * @param length     for VARCHAR, CHAR (and optionally BLOB); null when unbounded
 * @param precision  for DECIMAL (and TIMESTAMP fraction digits where a database keeps them)
 * @param nativeName for OTHER: the database's own type name, written as-is
 */
public record ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale, String nativeName) {
    private static final Pattern TEXT_FORM = Pattern.compile("([a-z_ 0-9]+?)\\s*(?:\\((\\d+)(?:\\s*,\\s*(\\d+))?\\))?");

    public static ColumnType of(TypeKind kind) {
        return new ColumnType(kind, null, null, null, null);
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(TypeKind.VARCHAR, length, null, null, null);
    }

    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(TypeKind.DECIMAL, null, precision, scale, null);
    }

    public static ColumnType nativeType(String name) {
        return new ColumnType(TypeKind.OTHER, null, null, null, name);
    }

    /** Reads the text form; an unknown name becomes {@link TypeKind#OTHER} with that name. */
    public static ColumnType parse(String text) {
        String trimmed = text.trim();
        Matcher m = TEXT_FORM.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return nativeType(trimmed);
        }
        TypeKind kind;
        try {
            kind = TypeKind.valueOf(m.group(1).trim().replace(' ', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return nativeType(trimmed);
        }
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return switch (kind) {
            case VARCHAR, CHAR, BLOB -> new ColumnType(kind, first, null, null, null);
            case DECIMAL -> new ColumnType(kind, null, first, second, null);
            default -> new ColumnType(kind, null, first, null, null);
        };
    }

    @Override
    public String toString() {
        if (kind == TypeKind.OTHER) {
            return nativeName;
        }
        String name = kind.name().toLowerCase(Locale.ROOT);
        if (length != null) {
            return name + "(" + length + ")";
        }
        if (precision != null) {
            return scale == null ? name + "(" + precision + ")" : name + "(" + precision + "," + scale + ")";
        }
        return name;
    }
}
