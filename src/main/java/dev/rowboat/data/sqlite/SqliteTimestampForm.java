package dev.rowboat.data.sqlite;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a SQLite column keeps its date-times. SQLite has no date type, so each program picks a form:
 * text in some layout (SQLAlchemy's, SQLite's own {@code CURRENT_TIMESTAMP}, ISO with a T), a count
 * of seconds or milliseconds since 1970, or a Julian day ({@code julianday()}). A value written
 * back in the column's form keeps the file readable by the program that owns it; a form that
 * holds less than a value has (whole seconds, a date) keeps what it can hold.
 *
 * <p>Epoch numbers are instants shown in the JVM's zone (as sqlite-jdbc wrote its milliseconds),
 * Julian days in UTC (as SQLite's date functions read them).
 */
public enum SqliteTimestampForm {
    /** SQLAlchemy's text, and what Rowboat writes where a column shows no form of its own. */
    TEXT_MICROS("yyyy-MM-dd HH:mm:ss.SSSSSS", 4),
    TEXT_MILLIS("yyyy-MM-dd HH:mm:ss.SSS", 3),
    /** SQLite's {@code CURRENT_TIMESTAMP} and {@code datetime()}. */
    TEXT_SECONDS("yyyy-MM-dd HH:mm:ss", 2),
    TEXT_MINUTES("yyyy-MM-dd HH:mm", 1),
    ISO_MICROS("yyyy-MM-dd'T'HH:mm:ss.SSSSSS", 4),
    ISO_MILLIS("yyyy-MM-dd'T'HH:mm:ss.SSS", 3),
    ISO_SECONDS("yyyy-MM-dd'T'HH:mm:ss", 2),
    ISO_MINUTES("yyyy-MM-dd'T'HH:mm", 1),
    DATE("yyyy-MM-dd", 0),
    /** INTEGER seconds since 1970: {@code strftime('%s')}, Python's {@code int(time.time())}. */
    EPOCH_SECONDS(null, -1),
    /** REAL seconds since 1970, with a fraction: Python's {@code time.time()}. */
    EPOCH_SECONDS_REAL(null, -1),
    /** INTEGER milliseconds since 1970: sqlite-jdbc's {@code setTimestamp}, JavaScript's {@code Date.now()}. */
    EPOCH_MILLIS(null, -1),
    /** REAL Julian day: SQLite's {@code julianday()}. */
    JULIAN_DAY(null, -1);

    private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;
    private static final double MILLIS_PER_DAY = 86_400_000d;
    /** Below this a number is a Julian day (year 22666), up to {@link #SECONDS_BELOW} seconds (year 5138), else milliseconds (1973 on). */
    private static final double JULIAN_BELOW = 1e7;
    private static final double SECONDS_BELOW = 1e11;

    /** A date, then a time after a space or a T: hours and minutes, seconds, a fraction. */
    private static final java.util.regex.Pattern LAYOUT = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:([ T])\\d{2}:\\d{2}(:\\d{2}(\\.(\\d{1,9}))?)?)?");

    private final DateTimeFormatter text;
    /** How much of a time a text form keeps: 0 the date, 1 minutes, 2 seconds, 3 milliseconds, 4 microseconds. */
    private final int precision;

    SqliteTimestampForm(String pattern, int precision) {
        this.text = pattern == null ? null : DateTimeFormatter.ofPattern(pattern);
        this.precision = precision;
    }

    /** The name of the Hibernate basic type that reads and writes this form. */
    public String typeName() {
        return "rowboat_sqlite_" + name().toLowerCase(Locale.ROOT);
    }

    public boolean isText() {
        return text != null;
    }

    /** A value as the column stores it: text in the form's layout, a Long or a Double. */
    Object toStored(LocalDateTime value) {
        if (text != null) {
            return text.format(value);
        }
        Instant local = value.atZone(ZoneId.systemDefault()).toInstant();
        return switch (this) {
            case EPOCH_SECONDS -> local.getEpochSecond();
            case EPOCH_SECONDS_REAL -> local.getEpochSecond() + local.getNano() / 1e9;
            case EPOCH_MILLIS -> local.toEpochMilli();
            default -> value.toInstant(ZoneOffset.UTC).toEpochMilli() / MILLIS_PER_DAY + UNIX_EPOCH_JULIAN_DAY;
        };
    }

    /** A stored number (its text, as SQLite gives it) read as this form's; null for a text form, which reads it by its storage class. */
    LocalDateTime fromNumber(String number) {
        if (text != null) {
            return null;
        }
        double value = Double.parseDouble(number);
        return switch (this) {
            case EPOCH_SECONDS, EPOCH_SECONDS_REAL -> {
                long micros = Math.round(value * 1e6); // what time.time() keeps
                yield LocalDateTime.ofInstant(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                        Math.floorMod(micros, 1_000_000L) * 1000L), ZoneId.systemDefault());
            }
            case EPOCH_MILLIS -> LocalDateTime.ofInstant(Instant.ofEpochMilli(Math.round(value)), ZoneId.systemDefault());
            default -> julianDay(value);
        };
    }

    /** A Julian day in UTC, to the millisecond. */
    static LocalDateTime julianDay(double day) {
        long millis = Math.round((day - UNIX_EPOCH_JULIAN_DAY) * MILLIS_PER_DAY);
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    /**
     * How close a stored REAL and the same value written back again are at most (the value is read
     * to the millisecond or microsecond): 0 where they are equal exactly.
     */
    double tolerance() {
        return switch (this) {
            case JULIAN_DAY -> 1e-8; // under a millisecond
            case EPOCH_SECONDS_REAL -> 2e-6;
            default -> 0;
        };
    }

    /**
     * The form one stored value shows: by its storage class ({@code typeof}) and, for a number,
     * its size; for text, its layout. Null where it shows none (text in another layout).
     */
    static SqliteTimestampForm of(String storageClass, String value) {
        if (storageClass.equals("integer") || storageClass.equals("real")) {
            double number = Math.abs(Double.parseDouble(value));
            if (number < JULIAN_BELOW) {
                return JULIAN_DAY;
            }
            return number >= SECONDS_BELOW ? EPOCH_MILLIS : storageClass.equals("real") ? EPOCH_SECONDS_REAL : EPOCH_SECONDS;
        }
        if (!storageClass.equals("text")) {
            return null;
        }
        java.util.regex.Matcher layout = LAYOUT.matcher(value.strip());
        if (!layout.matches()) {
            return null;
        }
        boolean iso = "T".equals(layout.group(1));
        String fraction = layout.group(4);
        int precision = layout.group(1) == null ? 0 : layout.group(2) == null ? 1 : layout.group(3) == null ? 2
                : fraction.length() <= 3 ? 3 : 4;
        return text(iso, precision);
    }

    /**
     * Of two text forms of one column, this one's layout with the precision of the finer (Python
     * leaves ".000000" out of a whole second); a number's form stays.
     */
    SqliteTimestampForm finer(SqliteTimestampForm other) {
        if (!isText() || other == null || !other.isText() || other.precision <= precision) {
            return this;
        }
        return text(name().startsWith("ISO") || this == DATE && other.name().startsWith("ISO"), other.precision);
    }

    private static SqliteTimestampForm text(boolean iso, int precision) {
        for (SqliteTimestampForm form : values()) {
            if (form.precision == precision && (precision == 0 || form.name().startsWith("ISO") == iso)) {
                return form;
            }
        }
        return null;
    }
}
