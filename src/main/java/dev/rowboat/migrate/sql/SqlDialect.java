package dev.rowboat.migrate.sql;

import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Renders migration operations as the SQL of one database, and the few things a migration must
 * do on the connection around them (SQLite's foreign-key switch and checks).
 */
public interface SqlDialect {
    static SqlDialect of(Dbms dbms) {
        return switch (dbms) {
            case H2 -> new H2Dialect();
            case POSTGRESQL -> new PostgresDialect();
            case MARIADB -> new MariaDbDialect();
            case SQLITE -> new SqliteDialect();
        };
    }

    Dbms dbms();

    /**
     * Quotes where needed: reserved words ({@code user}, {@code order}, {@code group}, ...) and
     * names that are not plain lower case; plain names stay plain so the SQL reads like
     * hand-written SQL.
     */
    String quote(String identifier);

    String columnType(ColumnType type);

    /** Whether a failed revision's DDL rolls back (PostgreSQL, SQLite yes; H2, MariaDB no). */
    boolean transactionalDdl();

    /** The statements for one operation, given the schema just before it (no trailing semicolons). */
    List<String> render(Operation op, SchemaSnapshot before);

    /**
     * Run on the connection before a migration's transaction starts (SQLite: foreign keys off,
     * as SQLite ignores that switch inside a transaction). Others: nothing.
     */
    void beforeMigration(Connection c) throws SQLException;

    /** Run after the migration's transaction ended (SQLite: foreign keys back as they were). */
    void afterMigration(Connection c) throws SQLException;

    /**
     * Checked inside each revision's transaction before commit. SQLite: re-creates the triggers a
     * table rebuild had to drop, then runs {@code PRAGMA foreign_key_check}; a violation throws
     * with the table and rowid named.
     */
    void verifyBeforeCommit(Connection c) throws SQLException;
}
