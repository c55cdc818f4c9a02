package dev.rowboat.migrate;

import dev.rowboat.migrate.api.Revision;
import java.util.List;

/** One revision of a plan, in the direction it will run. */
public record PlannedRevision(Revision revision, Direction direction, List<PlannedOperation> operations) {
    public PlannedRevision {
        operations = List.copyOf(operations);
    }
}
