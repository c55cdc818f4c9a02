package dev.rowboat.data;

/**
 * A failure a person can act on. The message is a sentence for them; {@link #kind()} lets the UI
 * react without parsing it, and the cause keeps the driver's details.
 */
public class DatabaseException extends RuntimeException {
    /** What went wrong, in terms a person can act on. */
    public enum Kind {
        MALFORMED_URL, UNKNOWN_SCHEME, FILE_MISSING, UNREACHABLE, TIMEOUT, AUTHENTICATION,
        NO_SUCH_DATABASE, PERMISSION_DENIED, INVALID_VALUE, NOT_FOUND, CANCELLED, QUERY_FAILED
    }

    private final Kind kind;

    public DatabaseException(Kind kind, String message) {
        this(kind, message, null);
    }

    public DatabaseException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
