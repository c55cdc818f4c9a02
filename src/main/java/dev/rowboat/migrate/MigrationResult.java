package dev.rowboat.migrate;

import java.time.Duration;
import java.util.List;

/**
 * What an upgrade or downgrade did.
 *
 * @param current the revisions the version table names afterwards (empty: base)
 */
public record MigrationResult(Direction direction, List<AppliedRevision> revisions, List<String> current, Duration took) {
    public MigrationResult {
        revisions = List.copyOf(revisions);
        current = List.copyOf(current);
    }
}
