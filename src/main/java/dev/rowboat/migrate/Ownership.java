package dev.rowboat.migrate;

/**
 * Whether a database is Rowboat's to migrate, read before anything is run or recorded in it. A
 * database with another tool's version table has no value here: the engine refuses it outright
 * (kind NOT_OWNED).
 */
public enum Ownership {
    /** Rowboat's version table is there: its history runs here. */
    ROWBOAT,
    /** No tables at all (a new file, a new schema): a history may create everything. */
    EMPTY,
    /**
     * Tables but no version table: made by something else (Hibernate, a script, a person). Its
     * revisions are not run over them; a baseline or a stamp makes the database Rowboat's.
     */
    UNVERSIONED
}
