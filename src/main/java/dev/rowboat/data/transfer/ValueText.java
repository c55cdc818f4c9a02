package dev.rowboat.data.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one text form of a database value that every export format writes and import reads back:
 * decimals in plain notation, floating point as Java prints it (which reads back to the same
 * number), date-times in ISO-8601 with their offset and every fraction digit they have, binary
 * in base64 or as {@code \x} and lowercase hex. A null has no text here; each format says NULL its
 * own way.
 */
public final class ValueText {
    /** How binary values are written. */
    public enum Binary {
        /** RFC 4648, standard alphabet, padded. */
        BASE64,
        /** {@code \x} followed by lowercase hex, as PostgreSQL writes bytea. */
        HEX
    }

    /** Prefix of binary written as hex. */
    public static final String HEX_PREFIX = "\\x";

    private ValueText() {
    }

    /** The value's text, or null for NULL. */
    public static String of(Object value, Binary binary) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return binary == Binary.HEX ? HEX_PREFIX + HexFormat.of().formatHex(bytes) : Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
        }
        if (value instanceof ZonedDateTime dateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime.toOffsetDateTime());
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        if (value instanceof LocalTime time) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
        }
        if (value instanceof OffsetTime time) {
            return DateTimeFormatter.ISO_OFFSET_TIME.format(time);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return of(timestamp.toLocalDateTime(), binary);
        }
        if (value instanceof java.sql.Date date) {
            return of(date.toLocalDate(), binary);
        }
        if (value instanceof java.sql.Time time) {
            return of(time.toLocalTime(), binary);
        }
        if (value instanceof java.util.Date date) {
            return of(date.toInstant(), binary);
        }
        // integers, Double/Float (toString reads back exactly), Boolean, UUID, JSON text, enums
        return value.toString();
    }

    /** Whether the value is written as a number (unquoted in JSON and SQL). */
    public static boolean isNumber(Object value) {
        if (value instanceof Double d) {
            return Double.isFinite(d);
        }
        if (value instanceof Float f) {
            return Float.isFinite(f);
        }
        return value instanceof Number;
    }
}
