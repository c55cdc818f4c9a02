package dev.rowboat.data.sqlite;

import org.hibernate.metamodel.mapping.JdbcMapping;

/** What other layers need to know of how SQLite's timestamps are kept ({@link SqliteTimestampJdbcType}). */
public final class SqliteTimestamps {
    private SqliteTimestamps() {
    }

    /** Whether a column's values are SQLite date-time text, which says one instant in several ways. */
    public static boolean isTimestampText(JdbcMapping mapping) {
        return mapping.getJdbcType() instanceof SqliteTimestampJdbcType;
    }
}
