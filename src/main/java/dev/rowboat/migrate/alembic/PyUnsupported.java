package dev.rowboat.migrate.alembic;

/**
 * A statement or expression the reader does not evaluate; its message is the reason an
 * {@link dev.rowboat.migrate.api.UnreadLine} gives. Never leaves the package.
 */
final class PyUnsupported extends RuntimeException {
    private final int line;

    PyUnsupported(String reason) {
        this(reason, -1);
    }

    PyUnsupported(String reason, int line) {
        super(reason, null, false, false);
        this.line = line;
    }

    /** The line the reason is about, or -1 for the statement's own. */
    int line() {
        return line;
    }
}
