package dev.rowboat.migrate.sql;

import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.RenameColumn;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import java.util.List;

/** H2 2.x: standard ALTER COLUMN pieces; DDL commits on its own, so a failed revision stays half done. */
final class H2Dialect extends AbstractDialect {
    H2Dialect() {
        super(Dbms.H2, '"');
    }

    @Override
    public String columnType(ColumnType type) {
        return switch (type.kind()) {
            case DECIMAL -> type.precision() == null ? "NUMERIC" : "NUMERIC(" + type.precision() + ", " + scale(type) + ")";
            case FLOAT -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case TEXT -> "CHARACTER LARGE OBJECT";
            case BLOB -> "BINARY LARGE OBJECT";
            case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
            default -> CommonTypes.render(type);
        };
    }

    static int scale(ColumnType type) {
        return type.scale() == null ? 0 : type.scale();
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    List<String> alterColumn(AlterColumn o, SchemaSnapshot before) {
        return StandardAlter.render(this, o, StandardAlter.previous(o, before), "SET DATA TYPE ", false);
    }

    @Override
    String renameColumn(RenameColumn o) {
        return alterTable(o.table()) + "ALTER COLUMN " + quote(o.from()) + " RENAME TO " + quote(o.to());
    }
}
