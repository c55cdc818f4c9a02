package dev.rowboat.schema;

/**
 * A failure a person can act on. The message is a sentence for them; {@link #kind()} lets the UI
 * react without parsing it, and the cause keeps the driver's details.
 */
public class DatabaseException extends RuntimeException {
    /** What went wrong, in terms a person can act on. */
    public enum Kind {
        MALFORMED_URL, UNKNOWN_SCHEME, FILE_MISSING, UNREACHABLE, TIMEOUT, AUTHENTICATION,
        NO_SUCH_DATABASE, PERMISSION_DENIED, INVALID_VALUE, NOT_FOUND, CANCELLED, QUERY_FAILED,
        /** A write on a read-only connection, refused by the database (or by Rowboat before it is sent). */
        READ_ONLY
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

    private static final java.util.regex.Pattern H2_ERROR_CODE = java.util.regex.Pattern.compile("\\s*\\[\\d+-\\d+]$");

    /**
     * The deepest message a failure's causes give, for the end of a sentence: a cause without one
     * (an EOFException) must not put a class name there, nor H2 its error code.
     */
    public static String reasonOf(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? "the driver gave no reason" : H2_ERROR_CODE.matcher(message.strip()).replaceAll("");
    }
}
