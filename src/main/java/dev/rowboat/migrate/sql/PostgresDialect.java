package dev.rowboat.migrate.sql;

import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import java.util.List;

/** PostgreSQL: standard ALTER COLUMN pieces, transactional DDL. */
final class PostgresDialect extends AbstractDialect {
    PostgresDialect() {
        super(Dbms.POSTGRESQL, '"');
    }

    @Override
    public String columnType(ColumnType type) {
        return switch (type.kind()) {
            case DECIMAL -> type.precision() == null ? "NUMERIC" : "NUMERIC(" + type.precision() + ", " + H2Dialect.scale(type) + ")";
            case FLOAT -> "REAL";
            case BLOB -> "BYTEA";
            case JSON -> "JSONB";
            default -> CommonTypes.render(type);
        };
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    List<String> alterColumn(AlterColumn o, SchemaSnapshot before) {
        return StandardAlter.render(this, o, StandardAlter.previous(o, before), "TYPE ", true);
    }
}
