package dev.rowboat.data.sqlite;

import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.IntegerJdbcType;

/** INTEGER on SQLite, read by {@link SqliteWholeNumberExtractor}. */
public final class SqliteIntegerJdbcType extends IntegerJdbcType {
    public static final SqliteIntegerJdbcType INSTANCE = new SqliteIntegerJdbcType();

    private SqliteIntegerJdbcType() {
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new SqliteWholeNumberExtractor<>(javaType, this);
    }
}
