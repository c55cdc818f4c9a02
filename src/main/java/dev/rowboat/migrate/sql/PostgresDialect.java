package dev.rowboat.migrate.sql;

import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.schema.ColumnSpec;
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

    /**
     * An auto-increment integer is SERIAL, as SQLAlchemy creates it: a sequence default rather than
     * an identity, so that a Flask project's next {@code flask db migrate} finds nothing to change
     * in a table Rowboat created.
     */
    @Override
    String columnDefinition(ColumnSpec c, boolean inPrimaryKey) {
        String serial = switch (c.type().kind()) {
            case SMALLINT -> "SMALLSERIAL";
            case INTEGER -> "SERIAL";
            case BIGINT -> "BIGSERIAL";
            default -> null;
        };
        if (!c.autoIncrement() || serial == null) {
            return super.columnDefinition(c, inPrimaryKey);
        }
        return quote(c.name()) + " " + serial + " NOT NULL";
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
