package dev.rowboat.app;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.schema.DatabaseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit status of every {@code rowboat db} command, one per thing a script may want to tell
 * apart; each failure also prints a sentence on stderr. {@code rowboat --help} and
 * {@code rowboat db --help} list them from here, so the list and the behaviour cannot drift apart.
 */
enum ExitCode {
    OK(0, "Done."),
    DIFFERENCES(1, "Differences found: `db check` lists them (the model and the database differ, or the database is not "
            + "at the head); `db migrate` stops at a rename question and writes nothing."),
    USAGE(2, "Usage: an unknown option, revision or entity class, a URL that cannot be read, or --read-only for a command "
            + "that writes. Nothing was done."),
    CANNOT_CONNECT(3, "Cannot connect: no server, no answer within 10 seconds, a refused login, no such database or "
            + "database file."),
    MIGRATION_FAILED(4, "Migration failed: a revision, the version table or the lock; stderr names the revision and what "
            + "was applied before the failure."),
    NOT_OWNED(5, "The database belongs to another migration tool (Alembic, Flyway, Liquibase, Django): nothing was done."),
    UNVERSIONED(6, "The database has tables but no version table: nothing was run (`db baseline` or `db stamp` adopt it)."),
    REPOSITORY(7, "The migration repository is broken, does not fit the database, or cannot be written.");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    int code() {
        return code;
    }

    /** The status of an engine failure. */
    static ExitCode of(MigrationException.Kind kind) {
        return switch (kind) {
            case UNKNOWN_TARGET, AMBIGUOUS_TARGET -> USAGE;
            case NOT_UP_TO_DATE -> DIFFERENCES; // as `flask db check`: a database behind its history is a difference
            case OPERATION_FAILED, NEEDS_TOOL, CHECKSUM_MISMATCH, LOCKED, DATABASE -> MIGRATION_FAILED;
            case NOT_OWNED -> NOT_OWNED;
            case UNVERSIONED -> UNVERSIONED;
            case REPOSITORY, READ_ONLY -> REPOSITORY;
        };
    }

    /**
     * The status of a failure to reach the database. In a {@code db} command these come from the
     * URL and from connecting (the engine's own failures are {@link MigrationException}s).
     */
    static ExitCode of(DatabaseException.Kind kind) {
        return switch (kind) {
            case MALFORMED_URL, UNKNOWN_SCHEME, INVALID_VALUE, READ_ONLY -> USAGE;
            case FILE_MISSING, UNREACHABLE, TIMEOUT, AUTHENTICATION, NO_SUCH_DATABASE, PERMISSION_DENIED, QUERY_FAILED -> CANNOT_CONNECT;
            case NOT_FOUND, CANCELLED -> MIGRATION_FAILED;
        };
    }

    /** For picocli's usage help: "0" → its meaning, in order. */
    static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode c : values()) {
            list.put(String.valueOf(c.code), c.meaning);
        }
        return list;
    }
}
