package dev.rowboat.data.sqlite;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * What Rowboat's SQLite extractors share: a cell is read by {@link #doExtract(ResultSet, int,
 * WrapperOptions)} alone, which knows a NULL from the value it read, without the
 * {@code wasNull()} Hibernate asks after every value (a native call in sqlite-jdbc, once per cell
 * of every grid page). SQLite has no stored procedures (sqlite-jdbc refuses {@code prepareCall}),
 * so no callable statement ever reaches the other two reads.
 */
abstract class SqliteCellExtractor<X> extends BasicExtractor<X> {
    SqliteCellExtractor(JavaType<X> javaType, JdbcType jdbcType) {
        super(javaType, jdbcType);
    }

    @Override
    public final X extract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
        return doExtract(rs, index, options);
    }

    @Override
    protected final X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
        throw noProcedures();
    }

    @Override
    protected final X doExtract(CallableStatement statement, String name, WrapperOptions options) throws SQLException {
        throw noProcedures();
    }

    private static SQLException noProcedures() {
        return new SQLFeatureNotSupportedException("SQLite does not support stored procedures");
    }
}
