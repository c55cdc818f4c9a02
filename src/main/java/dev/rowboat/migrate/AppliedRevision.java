package dev.rowboat.migrate;

import dev.rowboat.migrate.api.Revision;
import java.time.Duration;

/** One revision a run applied or undid, and how long it took. */
public record AppliedRevision(Revision revision, Direction direction, Duration took) {
}
