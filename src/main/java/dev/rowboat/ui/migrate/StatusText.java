package dev.rowboat.ui.migrate;

import dev.rowboat.migrate.MigrationStatus;
import dev.rowboat.migrate.Ownership;
import dev.rowboat.migrate.RevisionState;

/** One paragraph on where the database stands, what is pending and what needs a look. */
final class StatusText {
    private StatusText() {
    }

    static String of(MigrationStatus s, boolean alembicProject) {
        if (s.ownership() == Ownership.UNVERSIONED && alembicProject) {
            return "This database has tables but no alembic_version table: the project's revisions did not make them, so "
                    + "none runs here. If its schema already matches a revision, select it and Stamp… to record that "
                    + "(as `flask db stamp` would); then Upgrade goes on from there.";
        }
        if (s.ownership() == Ownership.UNVERSIONED) {
            return "This database has tables but no Rowboat version table: Rowboat did not make them, so it runs no "
                    + "revisions here. Start a history here… records its tables as they are as the first revision of a "
                    + "folder of yours; Stamp… records a revision of this history instead, if the schema already matches it.";
        }
        StringBuilder out = new StringBuilder();
        if (!s.unknown().isEmpty()) {
            out.append("The database is at ").append(String.join(", ", s.unknown()))
                    .append(", which this repository does not have: is it the right one?");
        } else if (s.current().isEmpty()) {
            out.append("At base: no revision applied.");
        } else {
            out.append("At ");
            s.revisions().stream().filter(r -> s.current().contains(r.revision().id()))
                    .forEach(r -> out.append(r.revision().id()).append(" “").append(r.revision().message()).append("” "));
            out.append(s.heads().containsAll(s.current()) && s.pending().isEmpty() ? "(head)." : "");
        }
        int pending = s.pending().size();
        if (pending > 0) {
            out.append(' ').append(pending).append(pending == 1 ? " revision" : " revisions").append(" pending.");
        } else if (s.unknown().isEmpty() && !s.revisions().isEmpty()) {
            out.append(" Up to date.");
        }
        if (!s.edited().isEmpty()) {
            out.append(" Edited after they were applied: ").append(String.join(", ", s.edited())).append('.');
        }
        if (s.lockHolder() != null) {
            out.append(" Locked by ").append(s.lockHolder()).append('.');
        }
        return out.toString().replace("  ", " ").strip();
    }

    static long applied(MigrationStatus s) {
        return s.revisions().stream().filter(RevisionState::applied).count();
    }
}
