package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.api.UnreadLine;
import dev.rowboat.migrate.ops.Operation;
import java.util.ArrayList;
import java.util.List;

/** What one of {@code upgrade()} / {@code downgrade()} gave: its operations and its unread lines. */
final class Reading {
    final boolean upgrade;
    final List<Operation> operations = new ArrayList<>();
    final List<UnreadLine> unread = new ArrayList<>();
    private final String[] sourceLines;

    Reading(boolean upgrade, String[] sourceLines) {
        this.upgrade = upgrade;
        this.sourceLines = sourceLines;
    }

    void add(Operation op) {
        operations.add(op);
    }

    void unread(PyLine line, String reason) {
        unread.add(new UnreadLine(upgrade, line.line(), line.text(), reason));
    }

    /** A part of a statement (one argument line of a call) that was left out of what was read. */
    void unread(int line, String reason) {
        String text = line >= 1 && line <= sourceLines.length ? sourceLines[line - 1].strip() : "";
        unread.add(new UnreadLine(upgrade, line, text, reason));
    }
}
