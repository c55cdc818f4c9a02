package dev.rowboat.migrate;

/**
 * Whether a database is the repository's to migrate, read before anything is run or recorded in
 * it. A database with another tool's version table has no value here: the engine refuses it
 * outright (kind NOT_OWNED).
 */
public enum Ownership {
    /**
     * The repository's own version table is there ({@code rowboat_version} for Rowboat's history,
     * {@code alembic_version} for an Alembic project): its history runs here.
     */
    VERSIONED,
    /** No tables at all (a new file, a new schema): a history may create everything. */
    EMPTY,
    /**
     * Tables but no version table: made by something else (Hibernate, a script, a person). Its
     * revisions are not run over them; a baseline or a stamp adopts the database.
     */
    UNVERSIONED
}
