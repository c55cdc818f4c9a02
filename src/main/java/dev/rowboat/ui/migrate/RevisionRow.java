package dev.rowboat.ui.migrate;

/**
 * A revision as the panel's list shows it.
 *
 * @param lanes        the graph column: one mark per open branch, {@code ●} on this revision's lane
 * @param needsAlembic the revision has lines Rowboat does not read: the project's Alembic runs it
 */
public record RevisionRow(String id, String message, String created, String file, boolean applied,
                          boolean current, boolean head, boolean edited, boolean merge, String lanes, boolean needsAlembic) {
    /** Applied, pending, current, head, edited, as short words after the id. */
    public String marks() {
        StringBuilder out = new StringBuilder();
        if (current) {
            out.append(" current");
        }
        if (head) {
            out.append(" head");
        }
        if (merge) {
            out.append(" merge");
        }
        if (edited) {
            out.append(" edited since applied");
        }
        if (needsAlembic) {
            out.append(" needs Alembic");
        }
        return out.toString().strip();
    }

    public String state() {
        return applied ? "applied" : "pending";
    }
}
