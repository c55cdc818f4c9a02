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
        if (dbms == Dbms.SQLITE) {
            return SqliteSchemaReader.read(c, progress);
        }
        SchemaSnapshot read = MetadataSchemaReader.read(c, dbms, progress);
        return dbms == Dbms.MARIADB ? new SchemaSnapshot(read.tables().stream().map(LiveSchemaReader::withoutForeignKeyIndexes).toList())
                : read;
    }

    /**
     * Without the indexes MariaDB made itself for unnamed foreign keys (as Alembic and SQLAlchemy
     * write them): it names each after the key's first column, so no constraint has its name and
     * it would pass for an index of the schema's own, which autogenerate would then add again.
     */
    private static TableSpec withoutForeignKeyIndexes(TableSpec t) {
        java.util.List<IndexSpec> indexes = t.indexes().stream().filter(i -> i.unique() || t.foreignKeys().stream().noneMatch(fk ->
                lower(fk.columns()).equals(lower(i.columns())) && fk.columns().get(0).equalsIgnoreCase(i.name()))).toList();
        return indexes.size() == t.indexes().size() ? t
                : new TableSpec(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.foreignKeys(), indexes);
    }

    private static java.util.List<String> lower(java.util.List<String> names) {
        return names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
