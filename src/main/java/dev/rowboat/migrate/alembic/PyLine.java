package dev.rowboat.migrate.alembic;

import java.util.List;

/**
 * A logical line of Python: physical lines joined inside brackets and after a backslash.
 *
 * @param line   its first physical line, from 1
 * @param indent the column of its first token
 * @param text   its source text, as written (for {@link dev.rowboat.migrate.api.UnreadLine})
 */
record PyLine(int line, int indent, List<PyToken> tokens, String text) {
    PyLine {
        tokens = List.copyOf(tokens);
    }

    PyToken first() {
        return tokens.get(0);
    }

    /** A compound statement's header ({@code def f():}, {@code with x as y:}) ends with a colon. */
    boolean opensBlock() {
        return tokens.get(tokens.size() - 1).isOp(":");
    }
}
