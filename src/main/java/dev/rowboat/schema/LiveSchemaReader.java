package dev.rowboat.schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the current schema of a live database (PostgreSQL: the connection's current schema;
 * MariaDB: the current database; H2: the current schema, PUBLIC by default; SQLite: main) with
 * column types normalised to portable {@link ColumnType}s, so that what a dialect renders reads
 * back equal. Defaults come in one spelling ({@link DefaultValues}); indexes that only back a
 * primary key, unique constraint or foreign key are left out, as the database made them itself.
 * The result is in {@link ReadBackForm#canonical canonical order}; compare a planned snapshot
 * with it after passing the planned one through {@link ReadBackForm#of}.
 */
public final class LiveSchemaReader {
    private LiveSchemaReader() {
    }

    public static SchemaSnapshot read(Connection c, Dbms dbms) throws SQLException {
        return read(c, dbms, Progress.NONE);
    }

    /** The same, reporting "Reading tables 240 of 1,000" as it goes. */
    public static SchemaSnapshot read(Connection c, Dbms dbms, Progress progress) throws SQLException {
        return dbms == Dbms.SQLITE ? SqliteSchemaReader.read(c, progress) : MetadataSchemaReader.read(c, dbms, progress);
    }
}
