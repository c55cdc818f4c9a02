package dev.rowboat.migrate.alembic;

/** The source is not Python at all (an unterminated string, an unclosed bracket). */
final class PySyntaxError extends RuntimeException {
    PySyntaxError(String message) {
        super(message);
    }
}
