package dev.rowboat.migrate;

import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.migrate.ops.SnapshotChanges;
import dev.rowboat.migrate.sql.SqlDialect;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.LiveSchemaReader;
import dev.rowboat.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The dialect layer, the live schema reader and the snapshot arithmetic as the runner uses them. */
final class SqlDialectAdapter implements MigrationDialect {
    private final Dbms dbms;
    private final SqlDialect dialect;

    SqlDialectAdapter(Dbms dbms) {
        this.dbms = dbms;
        this.dialect = SqlDialect.of(dbms);
    }

    @Override
    public boolean transactionalDdl() {
        return dialect.transactionalDdl();
    }

    @Override
    public List<String> render(Operation op, SchemaSnapshot before) {
        return dialect.render(op, before);
    }

    @Override
    public void beforeMigration(Connection c) throws SQLException {
        dialect.beforeMigration(c);
    }

    @Override
    public void afterMigration(Connection c) throws SQLException {
        dialect.afterMigration(c);
    }

    @Override
    public void verifyBeforeCommit(Connection c) throws SQLException {
        dialect.verifyBeforeCommit(c);
    }

    @Override
    public SchemaSnapshot readSchema(Connection c) throws SQLException {
        return LiveSchemaReader.read(c, dbms);
    }

    @Override
    public SchemaSnapshot apply(SchemaSnapshot before, Operation op) {
        return SnapshotChanges.apply(before, op);
    }
}
