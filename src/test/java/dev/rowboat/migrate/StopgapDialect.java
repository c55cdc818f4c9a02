package dev.rowboat.migrate;

import dev.rowboat.data.Dbms;
import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.migrate.ops.RawSql;
import dev.rowboat.migrate.schema.ColumnSpec;
import dev.rowboat.migrate.schema.SchemaSnapshot;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A test-only renderer for the few operations the engine's tests use, until the dialect layer
 * (dev.rowboat.migrate.sql) lands; then {@link #of} should hand out the real one.
 */
public final class StopgapDialect implements MigrationDialect {
    private final Dbms dbms;

    private StopgapDialect(Dbms dbms) {
        this.dbms = dbms;
    }

    public static MigrationDialect of(Dbms dbms) {
        return new StopgapDialect(dbms);
    }

    @Override
    public boolean transactionalDdl() {
        return dbms == Dbms.POSTGRESQL || dbms == Dbms.SQLITE;
    }

    @Override
    public List<String> render(Operation op, SchemaSnapshot before) {
        if (op instanceof CreateTable c) {
            String columns = c.table().columns().stream().map(StopgapDialect::column).collect(Collectors.joining(", "));
            String pk = c.table().primaryKey().isEmpty() ? "" : ", primary key (" + String.join(", ", c.table().primaryKey()) + ")";
            return List.of("create table " + c.table().name() + " (" + columns + pk + ")");
        }
        if (op instanceof DropTable d) {
            return List.of("drop table " + d.table());
        }
        if (op instanceof AddColumn a) {
            return List.of("alter table " + a.table() + " add column " + column(a.column()));
        }
        if (op instanceof DropColumn d) {
            return List.of("alter table " + d.table() + " drop column " + d.column());
        }
        if (op instanceof RawSql r) {
            return List.of(r.byDatabase().getOrDefault(dbms.name().toLowerCase(Locale.ROOT), r.sql()));
        }
        throw new UnsupportedOperationException(op.describe());
    }

    private static String column(ColumnSpec c) {
        return c.name() + " " + c.type() + (c.nullable() ? "" : " not null");
    }

    @Override
    public void beforeMigration(Connection c) {
    }

    @Override
    public void afterMigration(Connection c) {
    }

    @Override
    public void verifyBeforeCommit(Connection c) {
    }

    @Override
    public SchemaSnapshot readSchema(Connection c) {
        return new SchemaSnapshot(List.of());
    }

    @Override
    public SchemaSnapshot apply(SchemaSnapshot before, Operation op) {
        return before;
    }
}
