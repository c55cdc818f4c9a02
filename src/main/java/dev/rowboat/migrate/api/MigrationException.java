package dev.rowboat.migrate.api;

import java.util.List;
import java.util.Optional;

/**
 * A migration engine failure with a {@link Kind} the panel and the CLI react to without reading
 * the text. An operation that failed half-way carries an {@link OperationFailure}; a failure
 * during a run carries what the run had done before it ({@link #partialRun()}).
 */
public class MigrationException extends RuntimeException {
    /** What went wrong, coarsely. */
    public enum Kind {
        /**
         * A revision file is malformed, the repository's graph is broken, or the repository does
         * not fit the database (it lacks the database's revision; a baseline where there is a history).
         */
        REPOSITORY,
        /** A target (id, prefix, relative step) names no revision. */
        UNKNOWN_TARGET,
        /** A prefix or {@code head} fits more than one revision. */
        AMBIGUOUS_TARGET,
        /** Another process holds the migration lock. */
        LOCKED,
        /** An operation of a revision failed; see {@link #failure()}. */
        OPERATION_FAILED,
        /** An applied revision's file was edited after it ran. */
        CHECKSUM_MISMATCH,
        /** The repository cannot be written (a classpath repository) or the folder is in the way. */
        READ_ONLY,
        /** Reading or writing the version table or the lock failed. */
        DATABASE,
        /** Autogenerate needs the database at the head first. */
        NOT_UP_TO_DATE,
        /**
         * Another tool's version table (Alembic, Flyway, Liquibase, Django) is in the database:
         * Rowboat neither runs nor records anything there; see {@link #foreignTools()}.
         */
        NOT_OWNED,
        /**
         * The database has tables but no Rowboat version table: a history is not run over tables
         * something else made. A baseline (or a stamp) makes it Rowboat's.
         */
        UNVERSIONED,
        /**
         * A revision to run has lines Rowboat does not read as operations (an Alembic revision
         * with Python of its own), and no command of the project's tool is there to run it.
         */
        NEEDS_TOOL
    }

    private final Kind kind;
    private final transient OperationFailure failure;
    private final transient List<ForeignTool> foreignTools;
    private final transient PartialRun partialRun;

    public MigrationException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public MigrationException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, null);
    }

    public MigrationException(Kind kind, String message, Throwable cause, OperationFailure failure) {
        this(kind, message, cause, failure, List.of());
    }

    private MigrationException(Kind kind, String message, Throwable cause, OperationFailure failure, List<ForeignTool> foreignTools) {
        this(kind, message, cause, failure, foreignTools, null);
    }

    private MigrationException(Kind kind, String message, Throwable cause, OperationFailure failure, List<ForeignTool> foreignTools,
                               PartialRun partialRun) {
        super(message, cause);
        this.kind = kind;
        this.failure = failure;
        this.foreignTools = List.copyOf(foreignTools);
        this.partialRun = partialRun;
    }

    /** The same failure, raised during a run after {@code done}; where it was thrown is kept. */
    public MigrationException after(PartialRun done) {
        MigrationException e = new MigrationException(kind, getMessage(), getCause(), failure, foreignTools, done);
        e.setStackTrace(getStackTrace());
        for (Throwable suppressed : getSuppressed()) {
            e.addSuppressed(suppressed);
        }
        return e;
    }

    /** Kind NOT_OWNED: {@code tools} manage the database; the message names them and where to go instead. */
    public static MigrationException notOwned(String message, List<ForeignTool> tools) {
        return new MigrationException(Kind.NOT_OWNED, message, null, null, tools);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<OperationFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * For a failure during an upgrade or downgrade, what that run had done before it failed
     * (possibly nothing); empty when the failure came before a run started.
     */
    public Optional<PartialRun> partialRun() {
        return Optional.ofNullable(partialRun);
    }

    /** For kind NOT_OWNED, the tools whose version tables were found, with their state; else empty. */
    public List<ForeignTool> foreignTools() {
        return foreignTools;
    }
}
