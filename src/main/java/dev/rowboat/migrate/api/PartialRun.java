package dev.rowboat.migrate.api;

import java.util.List;

/**
 * What an upgrade or downgrade had done when a later revision failed: Flyway's partial
 * {@code MigrateResult}. Each revision here committed on its own, so it stays applied (or undone).
 *
 * @param revisions the revisions finished before the failure, in the order they ran; possibly none
 * @param undone    whether the run was a downgrade, so these were undone rather than applied
 */
public record PartialRun(List<Revision> revisions, boolean undone) {
    public PartialRun {
        revisions = List.copyOf(revisions);
    }
}
