package dev.rowboat.data.sqlite;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
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
 *
 * <p>A column whose values show another form ({@link SqliteTimestampForms}) has a type of that
 * {@link SqliteTimestampForm}: it writes that form (epoch seconds stay INTEGER seconds, a Julian
 * day a REAL, text its layout), and reads its numbers as that form's.
 */
public final class SqliteTimestampJdbcType extends TimestampJdbcType {
    public static final SqliteTimestampJdbcType INSTANCE = new SqliteTimestampJdbcType(null);
    private static final Map<SqliteTimestampForm, SqliteTimestampJdbcType> BY_FORM = new EnumMap<>(SqliteTimestampForm.class);

    static {
        for (SqliteTimestampForm form : SqliteTimestampForm.values()) {
            BY_FORM.put(form, new SqliteTimestampJdbcType(form));
        }
    }

    private static final DateTimeFormatter SQLALCHEMY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** The form it writes; null for SQLAlchemy's text, numbers read by their storage class. */
    private final SqliteTimestampForm form;

    private SqliteTimestampJdbcType(SqliteTimestampForm form) {
        this.form = form;
    }

    /** The type of a column of this form. */
    public static SqliteTimestampJdbcType of(SqliteTimestampForm form) {
        return BY_FORM.get(form);
    }

    /** The form it writes: SQLAlchemy's text where no other was found. */
    public SqliteTimestampForm form() {
        return form == null ? SqliteTimestampForm.TEXT_MICROS : form;
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
            return SqliteTimestampForm.julianDay(julianDay.doubleValue());
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
        return parseText(text, null);
    }

    /** The same, a number read as the column's form keeps them (null: by its storage class). */
    static LocalDateTime parseText(String text, SqliteTimestampForm form) throws SQLException {
        if (text == null || text.isEmpty() || text.length() > 4 && text.charAt(4) == '-') {
            return parse(text);
        }
        if (form != null && !form.isText()) {
            try {
                return form.fromNumber(text);
            } catch (NumberFormatException e) {
                return parse(text); // text of another kind in a column of numbers
            }
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
                Object stored = stored(toLocalDateTime(value, javaType, options));
                if (stored instanceof Long number) {
                    st.setLong(index, number);
                } else if (stored instanceof Double number) {
                    st.setDouble(index, number);
                } else {
                    st.setString(index, (String) stored);
                }
            }

            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options) throws SQLException {
                st.setObject(name, stored(toLocalDateTime(value, javaType, options)));
            }
        };
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new SqliteTextExtractor<>(javaType, this) {
            @Override
            X fromText(String text, WrapperOptions options) throws SQLException {
                return fromLocalDateTime(parseText(text, form), javaType, options);
            }
        };
    }

    /** A value as this column stores it: text, a Long or a Double. */
    Object stored(LocalDateTime value) {
        return form == null ? format(value) : form.toStored(value);
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
