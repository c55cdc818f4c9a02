package dev.rowboat.migrate.api;

import dev.rowboat.migrate.ops.Operation;
import java.time.Instant;
import java.util.List;

/**
 * One revision of a migration repository: a file under {@code versions/}.
 *
 * @param id            12 lowercase hex digits
 * @param downRevisions the revisions it follows: none for the first, several for a merge
 */
public record Revision(String id, List<String> downRevisions, String message, Instant created,
                       List<Operation> upgrade, List<Operation> downgrade) {
    public Revision {
        downRevisions = List.copyOf(downRevisions);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    public boolean isMerge() {
        return downRevisions.size() > 1;
    }
}
