package dev.rowboat.migrate;

import java.util.List;

/**
 * What an upgrade or downgrade would run, computed without changing the database: the preview
 * and {@code --sql}.
 *
 * @param target the revisions the database would stand at afterwards (empty: base)
 * @param start  the revisions it starts from (empty: base)
 */
public record MigrationPlan(Direction direction, List<PlannedRevision> revisions, List<String> target, List<String> start) {
    public MigrationPlan {
        revisions = List.copyOf(revisions);
        target = List.copyOf(target);
        start = List.copyOf(start);
    }

    public boolean isEmpty() {
        return revisions.isEmpty();
    }
}
