package dev.rowboat.data.sqlite;

import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BigIntJdbcType;

/** BIGINT on SQLite, read by {@link SqliteWholeNumberExtractor}. */
public final class SqliteBigIntJdbcType extends BigIntJdbcType {
    public static final SqliteBigIntJdbcType INSTANCE = new SqliteBigIntJdbcType();

    private SqliteBigIntJdbcType() {
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new SqliteWholeNumberExtractor<>(javaType, this);
    }
}
