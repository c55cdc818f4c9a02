package dev.rowboat.data;

import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.IntegerJdbcType;

/** INTEGER on SQLite, read by {@link SqliteWholeNumberExtractor}. */
final class SqliteIntegerJdbcType extends IntegerJdbcType {
    static final SqliteIntegerJdbcType INSTANCE = new SqliteIntegerJdbcType();

    private SqliteIntegerJdbcType() {
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new SqliteWholeNumberExtractor<>(javaType, this);
    }
}
