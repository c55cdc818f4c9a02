package dev.rowboat.migrate.api;

/**
 * A line of a revision written in another tool's language (an Alembic {@code versions/*.py}) that
 * Rowboat cannot read as one of its operations: Python computation, a loop, an import of the app.
 * A revision with such a line in the direction being run is run by that tool, or not at all.
 *
 * @param upgrade whether it is in {@code upgrade()} (else {@code downgrade()})
 * @param line    its line number in the file, from 1
 * @param reason  why it was not read, as a short phrase
 */
public record UnreadLine(boolean upgrade, int line, String text, String reason) {
}
