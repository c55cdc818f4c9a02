package dev.rowboat.migrate;

import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What the runner needs from a database's SQL dialect: rendering, the transaction behaviour, the
 * hooks around a migration, and the schema to render against. {@link #of} adapts the dialect
 * layer; tests may pass their own.
 */
public interface MigrationDialect {
    /** The real dialect of {@code dbms} (package dev.rowboat.migrate.sql). */
    static MigrationDialect of(Dbms dbms) {
        return new SqlDialectAdapter(dbms);
    }

    /** Whether a failed revision's DDL rolls back with its transaction. */
    boolean transactionalDdl();

    List<String> render(Operation op, SchemaSnapshot before);

    void beforeMigration(Connection c) throws SQLException;

    void afterMigration(Connection c) throws SQLException;

    void verifyBeforeCommit(Connection c) throws SQLException;

    /** The schema as the database has it now, the starting point operations are rendered against. */
    SchemaSnapshot readSchema(Connection c) throws SQLException;

    /** The schema after {@code op}, computed without a database (for previews and later operations). */
    SchemaSnapshot apply(SchemaSnapshot before, Operation op);
}
