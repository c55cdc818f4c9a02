package dev.rowboat.data.sqlite;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.TimestampJdbcType;

/**
 * Timestamps on SQLite, kept as SQLAlchemy keeps them: TEXT such as {@code 2024-05-01 10:00:00.123456}.
 *
 * <p>SQLite has no date type, and sqlite-jdbc's own conversions do not fit the files Flask writes.
 * It parses TEXT with the pattern {@code yyyy-MM-dd HH:mm:ss.SSS}, which takes the six fraction
 * digits as milliseconds ({@code .123456} becomes 2 min 3.456 s), and it writes
 * {@code setTimestamp} as epoch milliseconds (INTEGER), which a Flask application cannot read and
 * which SQLite sorts before every TEXT value, so keyset pages and filters that bind a timestamp
 * would compare against the wrong kind of value. Its {@code date_string_format} setting cannot help:
 * the pattern has millisecond precision at most and applies to DATE and TIME columns too.
 *
 * <p>So this type writes SQLAlchemy's fixed-width text (which sorts as time does) and reads any
 * ISO-like text; INTEGER (epoch milliseconds, sqlite-jdbc's default) and REAL (Julian day, SQLite's
 * {@code julianday()}) values that other programs left are read as well.
 */
public final class SqliteTimestampJdbcType extends TimestampJdbcType {
    public static final SqliteTimestampJdbcType INSTANCE = new SqliteTimestampJdbcType();

    private static final DateTimeFormatter SQLALCHEMY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;
    private static final double MILLIS_PER_DAY = 86_400_000d;

    private SqliteTimestampJdbcType() {
    }

    static String format(LocalDateTime value) {
        return SQLALCHEMY.format(value);
    }

    /** Reads what a SQLite file may hold in a date-time column; text as written, without any time zone. */
    static LocalDateTime parse(Object stored) throws SQLException {
        if (stored == null) {
            return null;
        }
        if (stored instanceof Long || stored instanceof Integer) {
            // sqlite-jdbc wrote Timestamp.getTime(), a wall-clock time in the JVM's zone.
            return LocalDateTime.ofInstant(Instant.ofEpochMilli(((Number) stored).longValue()), ZoneId.systemDefault());
        }
        if (stored instanceof Number julianDay) {
            long millis = Math.round((julianDay.doubleValue() - UNIX_EPOCH_JULIAN_DAY) * MILLIS_PER_DAY);
            return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
        }
        String text = stored.toString().strip();
        LocalDateTime fixedWidth = fixedWidth(text);
        if (fixedWidth != null) {
            return fixedWidth;
        }
        try {
            // ISO_LOCAL_DATE_TIME takes HH:mm, HH:mm:ss and one to nine fraction digits.
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new SQLException("\"" + text + "\" is not a date and time like 2024-05-01 10:00:00.", e);
        }
    }

    /**
     * A stored value as its text: an integer's digits (epoch milliseconds) and a real's decimal
     * text (a Julian day) as those numbers, anything else as a date and time.
     */
    static LocalDateTime parseText(String text) throws SQLException {
        if (text == null || text.isEmpty() || text.length() > 4 && text.charAt(4) == '-') {
            return parse(text);
        }
        try {
            return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0
                    ? parse(Long.parseLong(text)) : parse(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return parse(text);
        }
    }

    /**
     * The form this type and SQLAlchemy write, {@code yyyy-MM-dd HH:mm:ss} with up to six fraction
     * digits, read digit by digit: a grid page reads a hundred of them, and the general ISO parser
     * (with its field resolution) cost more than SQLite took to find the rows. Null for any other
     * form, which the ISO parser then reads or refuses.
     */
    private static LocalDateTime fixedWidth(String text) {
        int length = text.length();
        if (length < 19 || length == 20 || length > 26 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != ' ' || text.charAt(13) != ':' || text.charAt(16) != ':' || (length > 19 && text.charAt(19) != '.')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int micros = length > 19 ? digits(text, 20, length) : 0;
        if ((year | month | day | hour | minute | second | micros) < 0) {
            return null;
        }
        for (int i = length; i < 26; i++) {
            micros *= 10; // ".5" is half a second
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, micros * 1000);
        } catch (java.time.DateTimeException e) {
            return null; // out of range (month 13): the ISO parser says so in its words
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 if any of it is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
        return new BasicBinder<>(javaType, this) {
            @Override
            protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options) throws SQLException {
                st.setString(index, format(toLocalDateTime(value, javaType, options)));
            }

            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options) throws SQLException {
                st.setString(name, format(toLocalDateTime(value, javaType, options)));
            }
        };
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new SqliteTextExtractor<>(javaType, this) {
            @Override
            X fromText(String text, WrapperOptions options) throws SQLException {
                return fromLocalDateTime(parseText(text), javaType, options);
            }
        };
    }

    /** LocalDateTime directly (a java.sql.Timestamp would shift times in a daylight-saving gap); other types via Timestamp. */
    private static <X> LocalDateTime toLocalDateTime(X value, JavaType<X> javaType, WrapperOptions options) {
        return value instanceof LocalDateTime local ? local : javaType.unwrap(value, Timestamp.class, options).toLocalDateTime();
    }

    private static <X> X fromLocalDateTime(LocalDateTime value, JavaType<X> javaType, WrapperOptions options) {
        if (value == null) {
            return null;
        }
        return javaType.getJavaTypeClass() == LocalDateTime.class ? javaType.wrap(value, options)
                : javaType.wrap(Timestamp.valueOf(value), options);
    }
}
