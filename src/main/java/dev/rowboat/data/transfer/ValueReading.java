package dev.rowboat.data.transfer;

import static dev.rowboat.schema.DatabaseException.Kind.INVALID_VALUE;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.paging.ValueParser;
import dev.rowboat.schema.DatabaseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * A value of a file as the attribute's Java type, by the text forms the exporter writes: what a
 * person types in a grid ({@link ValueParser}), and beside it binary as base64 (or {@code \x} and
 * hexadecimal digits) and an instant with any offset.
 */
public final class ValueReading {
    private ValueReading() {
    }

    /**
     * @param type the type to read: the attribute's, or for a to-one the target's id type
     * @param text the file's text; null is NULL
     * @throws DatabaseException (INVALID_VALUE) with a sentence naming the value and the attribute
     */
    public static Object read(AttributeInfo attribute, Class<?> type, String text) {
        if (text == null) {
            return null;
        }
        String what = attribute.name();
        if (type == byte[].class) {
            return binary(text.strip(), what);
        }
        if (type == Instant.class && !text.strip().endsWith("Z") && text.strip().matches(".*[+-]\\d\\d:?\\d\\d$")) {
            try {
                return OffsetDateTime.parse(text.strip().replace(' ', 'T')).toInstant();
            } catch (DateTimeParseException e) {
                throw new DatabaseException(INVALID_VALUE, "\"" + text.strip() + "\" is not a date and time like 2024-05-31T14:30:00Z (" + what + ").", e);
            }
        }
        return type == attribute.javaType() ? ValueParser.parse(attribute, text) : ValueParser.parse(type, text, what);
    }

    private static byte[] binary(String s, String what) {
        if (s.startsWith("\\x") || s.startsWith("0x") || s.startsWith("0X")) {
            return (byte[]) ValueParser.parse(byte[].class, "0x" + s.substring(2), what);
        }
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new DatabaseException(INVALID_VALUE, "\"" + abbreviated(s) + "\" is not base64 bytes, nor \\x and hexadecimal digits ("
                    + what + ").", e);
        }
    }

    private static String abbreviated(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }
}
