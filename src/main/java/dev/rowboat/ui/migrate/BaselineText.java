package dev.rowboat.ui.migrate;

import dev.rowboat.migrate.Baseline;

/** The question before a baseline: exactly what will be written and created, and that nothing else changes. */
final class BaselineText {
    private BaselineText() {
    }

    static String question(Baseline plan) {
        int n = plan.tables().size();
        return "Start a Rowboat history for this database?\n\n"
                + "This writes the revision file\n  " + plan.file() + "\n"
                + "whose upgrade creates the " + n + (n == 1 ? " table" : " tables") + " as they are now"
                + (n == 0 ? "" : " (" + String.join(", ", plan.tables()) + ")") + " and whose downgrade drops them,\n"
                + "and records the database at it, which creates the tables "
                + String.join(", ", Baseline.BOOKKEEPING_TABLES) + " in the database.\n\n"
                + "Nothing else in the database changes.";
    }
}
