package dev.rowboat.migrate;

import java.util.Optional;

/**
 * A migration engine failure with a {@link Kind} the panel and the CLI react to without reading
 * the text. An operation that failed half-way carries an {@link OperationFailure}.
 */
public class MigrationException extends RuntimeException {
    /** What went wrong, coarsely. */
    public enum Kind {
        /** A revision file is malformed, or the repository's graph is broken. */
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
        NOT_UP_TO_DATE
    }

    private final Kind kind;
    private final transient OperationFailure failure;

    public MigrationException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public MigrationException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, null);
    }

    public MigrationException(Kind kind, String message, Throwable cause, OperationFailure failure) {
        super(message, cause);
        this.kind = kind;
        this.failure = failure;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<OperationFailure> failure() {
        return Optional.ofNullable(failure);
    }
}
