package dev.rowboat.migrate.diff;

import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.TypeKind;
import java.sql.Types;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Column;
import org.hibernate.type.SqlTypes;

/**
 * A mapped column's portable type, from its JDBC type code and size rather than the dialect's
 * DDL string, so that the same model gives the same types whichever database it is read for.
 */
final class ModelTypes {
    /** Above this a string column is text: Hibernate's "long" lengths and {@code @Lob}. */
    private static final long TEXT_LENGTH = 65_535;

    private ModelTypes() {
    }

    static ColumnType of(Column column, Metadata metadata, Dialect dialect) {
        int code = column.getSqlTypeCode(metadata);
        Size size = column.getColumnSize(dialect, metadata);
        Long length = size == null ? null : size.getLength();
        return switch (code) {
            case Types.BOOLEAN, Types.BIT -> ColumnType.of(TypeKind.BOOLEAN);
            case Types.TINYINT, Types.SMALLINT -> ColumnType.of(TypeKind.SMALLINT);
            case Types.INTEGER -> ColumnType.of(TypeKind.INTEGER);
            case Types.BIGINT -> ColumnType.of(TypeKind.BIGINT);
            case Types.NUMERIC, Types.DECIMAL -> ColumnType.decimal(
                    orDefault(size.getPrecision(), Size.DEFAULT_PRECISION), orDefault(size.getScale(), Size.DEFAULT_SCALE));
            case Types.REAL, Types.FLOAT -> ColumnType.of(TypeKind.FLOAT);
            case Types.DOUBLE -> ColumnType.of(TypeKind.DOUBLE);
            case Types.VARCHAR, Types.NVARCHAR -> length == null || length > TEXT_LENGTH
                    ? ColumnType.of(TypeKind.TEXT) : ColumnType.varchar(length.intValue());
            case Types.CHAR, Types.NCHAR -> new ColumnType(TypeKind.CHAR, length == null ? 1 : length.intValue(), null, null, null);
            case Types.LONGVARCHAR, Types.LONGNVARCHAR, SqlTypes.LONG32VARCHAR, SqlTypes.LONG32NVARCHAR,
                 Types.CLOB, Types.NCLOB, SqlTypes.MATERIALIZED_CLOB, SqlTypes.MATERIALIZED_NCLOB -> ColumnType.of(TypeKind.TEXT);
            case Types.DATE -> ColumnType.of(TypeKind.DATE);
            case Types.TIME, SqlTypes.TIME_WITH_TIMEZONE, SqlTypes.TIME_UTC -> ColumnType.of(TypeKind.TIME);
            case Types.TIMESTAMP -> ColumnType.of(TypeKind.TIMESTAMP);
            case SqlTypes.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC -> ColumnType.of(TypeKind.TIMESTAMP_TZ);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, SqlTypes.LONG32VARBINARY,
                 Types.BLOB, SqlTypes.MATERIALIZED_BLOB -> ColumnType.of(TypeKind.BLOB);
            case SqlTypes.UUID -> ColumnType.of(TypeKind.UUID);
            case SqlTypes.JSON -> ColumnType.of(TypeKind.JSON);
            default -> ColumnType.nativeType(column.getSqlType(metadata));
        };
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
