package dev.rowboat.data.paging;

import static dev.rowboat.schema.DatabaseException.Kind.INVALID_VALUE;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.mapping.TextRule;
import dev.rowboat.schema.DatabaseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/** Parses what a person typed into a value of an attribute's Java type, strictly. */
public final class ValueParser {
    private ValueParser() {
    }

    /**
     * Parses typed text for an attribute: by its Java type, then by its text rule, so that text
     * that is not JSON, or not one of an enum's values, is refused as the person types it.
     */
    public static Object parse(AttributeInfo attribute, String text) {
        Object value = parse(attribute.javaType(), text, attribute.name());
        TextRule rule = attribute.textRule();
        String problem = rule == null || !(value instanceof String typed) ? null : rule.problem(typed, attribute.name());
        if (problem != null) {
            throw new DatabaseException(INVALID_VALUE, problem);
        }
        return value;
    }

    public static Object parse(Class<?> type, String text, String what) {
        String s = text.strip();
        try {
            if (type == String.class) {
                return text;
            }
            if (type == Integer.class || type == int.class) {
                return Integer.valueOf(s);
            }
            if (type == Long.class || type == long.class) {
                return Long.valueOf(s);
            }
            if (type == Short.class || type == short.class) {
                return Short.valueOf(s);
            }
            if (type == Byte.class || type == byte.class) {
                return Byte.valueOf(s);
            }
            if (type == BigInteger.class) {
                return new BigInteger(s);
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(s);
            }
            if (type == Double.class || type == double.class) {
                return Double.valueOf(s);
            }
            if (type == Float.class || type == float.class) {
                return Float.valueOf(s);
            }
            if (type == Boolean.class || type == boolean.class) {
                return parseBoolean(s, what);
            }
            if (type == LocalDateTime.class) {
                return parseDateTime(s);
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(s);
            }
            if (type == LocalTime.class) {
                return LocalTime.parse(s);
            }
            if (type == Instant.class) {
                return s.endsWith("Z") ? Instant.parse(s) : parseDateTime(s).toInstant(java.time.ZoneOffset.UTC);
            }
            if (type == OffsetDateTime.class) {
                return OffsetDateTime.parse(s.replace(' ', 'T'));
            }
            if (type == UUID.class) {
                return UUID.fromString(s);
            }
            if (type.isEnum()) {
                return parseEnum(type, s, what);
            }
            if (type == byte[].class) {
                return parseHex(s, what);
            }
        } catch (NumberFormatException e) {
            throw new DatabaseException(INVALID_VALUE, "\"" + s + "\" is not " + numberKind(type) + " (" + what + ").", e);
        } catch (DateTimeParseException e) {
            throw new DatabaseException(INVALID_VALUE, "\"" + s + "\" is not a date"
                    + (type == LocalDate.class ? "" : " and time") + " like 2024-05-31" + (type == LocalDate.class ? "" : " 14:30")
                    + " (" + what + ").", e);
        } catch (IllegalArgumentException e) {
            throw new DatabaseException(INVALID_VALUE, "\"" + s + "\" is not a valid " + type.getSimpleName() + " (" + what + ").", e);
        }
        throw new DatabaseException(INVALID_VALUE, "Values of type " + type.getSimpleName() + " cannot be typed in yet (" + what + ").");
    }

    private static Object parseEnum(Class<?> type, String s, String what) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(s)) {
                return constant;
            }
        }
        throw new DatabaseException(INVALID_VALUE, "\"" + s + "\" is not one of " + java.util.Arrays.toString(type.getEnumConstants()) + " (" + what + ").");
    }

    /** Binary typed as hexadecimal digits, with or without 0x; what {@link #hex} writes. */
    private static byte[] parseHex(String s, String what) {
        String digits = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
        digits = digits.replaceAll("\\s", "");
        if (digits.length() % 2 != 0 || !digits.matches("[0-9a-fA-F]*")) {
            throw new DatabaseException(INVALID_VALUE, "\"" + s + "\" is not hexadecimal bytes like 0x48656C6C6F (" + what + ").");
        }
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    /** Bytes as 0x followed by hexadecimal digits. */
    public static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(2 + bytes.length * 2).append("0x");
        for (byte b : bytes) {
            sb.append(String.format("%02X", b));
        }
        return sb.toString();
    }

    private static Object parseBoolean(String s, String what) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "t", "y" -> Boolean.TRUE;
            case "false", "no", "0", "f", "n" -> Boolean.FALSE;
            default -> throw new DatabaseException(INVALID_VALUE, "\"" + s + "\" is not true or false (" + what + ").");
        };
    }

    /** Accepts a date alone (midnight), and a space or a T between date and time. */
    private static LocalDateTime parseDateTime(String s) {
        String iso = s.replace(' ', 'T');
        return iso.contains("T") ? LocalDateTime.parse(iso) : LocalDate.parse(iso).atStartOfDay();
    }

    private static String numberKind(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class || type == BigInteger.class
                || type.isPrimitive() && type != double.class && type != float.class) {
            return "a whole number in range";
        }
        return "a number";
    }
}
