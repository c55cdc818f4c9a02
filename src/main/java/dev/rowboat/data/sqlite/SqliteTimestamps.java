package dev.rowboat.data.sqlite;

import java.time.LocalDateTime;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.type.descriptor.java.LocalDateTimeJavaType;
import org.hibernate.type.internal.NamedBasicTypeImpl;

/** What other layers need to know of how SQLite's timestamps are kept ({@link SqliteTimestampJdbcType}). */
public final class SqliteTimestamps {
    private SqliteTimestamps() {
    }

    /** The basic types of the forms a column may keep ({@link SqliteTimestampForm#typeName}), for a mapping to name. */
    public static void register(MetadataBuilder builder) {
        for (SqliteTimestampForm form : SqliteTimestampForm.values()) {
            builder.applyBasicType(new NamedBasicTypeImpl<>(LocalDateTimeJavaType.INSTANCE, SqliteTimestampJdbcType.of(form),
                    form.typeName()), form.typeName());
        }
    }

    /** Whether a column's values are SQLite date-time text, which says one instant in several ways. */
    public static boolean isTimestampText(JdbcMapping mapping) {
        return mapping != null && mapping.getJdbcType() instanceof SqliteTimestampJdbcType type && type.form().isText();
    }

    /**
     * The condition "the column holds this value", one {@code ?} for a value bound with the
     * column's binder; null for a column that is no SQLite date-time. Text is compared as the
     * instant it says ('2024-05-01 10:00:00' and '2024-05-01 10:00:00.000000' are one);
     * an epoch count exactly; a REAL within what reading it to the millisecond rounds away.
     */
    public static String equalsSql(JdbcMapping mapping, String column) {
        if (mapping == null || !(mapping.getJdbcType() instanceof SqliteTimestampJdbcType type)) {
            return null;
        }
        SqliteTimestampForm form = type.form();
        if (form.isText()) {
            return "julianday(" + column + ") = julianday(?)";
        }
        return form.tolerance() == 0 ? column + " = ?" : "abs(" + column + " - ?) < " + form.tolerance();
    }

    /** A value as an SQL literal of the column's form, for a preview; null for a column that is no SQLite date-time. */
    public static String literal(JdbcMapping mapping, LocalDateTime value) {
        if (mapping == null || !(mapping.getJdbcType() instanceof SqliteTimestampJdbcType type)) {
            return null;
        }
        Object stored = type.stored(value);
        return stored instanceof String text ? "'" + text.replace("'", "''") + "'" : String.valueOf(stored);
    }
}
