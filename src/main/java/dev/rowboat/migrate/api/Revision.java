package dev.rowboat.migrate.api;

import dev.rowboat.migrate.ops.Operation;
import java.time.Instant;
import java.util.List;

/**
 * One revision of a migration repository: a file under {@code versions/}.
 *
 * @param id            12 lowercase hex digits in Rowboat's files; any string Alembic allows in its
 * @param downRevisions the revisions it follows: none for the first, several for a merge
 * @param branchLabels  Alembic's {@code branch_labels} (targets such as {@code feature@head})
 * @param unread        lines of its file that are not operations Rowboat reads (Alembic revisions
 *                      with Python of their own); empty for every YAML revision
 */
public record Revision(String id, List<String> downRevisions, String message, Instant created,
                       List<Operation> upgrade, List<Operation> downgrade,
                       List<String> branchLabels, List<UnreadLine> unread) {
    public Revision {
        downRevisions = List.copyOf(downRevisions);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        branchLabels = List.copyOf(branchLabels);
        unread = List.copyOf(unread);
    }

    public Revision(String id, List<String> downRevisions, String message, Instant created,
                    List<Operation> upgrade, List<Operation> downgrade) {
        this(id, downRevisions, message, created, upgrade, downgrade, List.of(), List.of());
    }

    /** The lines Rowboat cannot run in one direction: when any, only the revision's own tool can. */
    public List<UnreadLine> unread(boolean upgrading) {
        return unread.stream().filter(u -> u.upgrade() == upgrading).toList();
    }

    public boolean isMerge() {
        return downRevisions.size() > 1;
    }
}
