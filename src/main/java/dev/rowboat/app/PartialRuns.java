package dev.rowboat.app;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.PartialRun;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The line a failed {@code db upgrade} or {@code downgrade} adds after the failure's own sentence:
 * which revisions it had finished (each committed, so they stay), so a script or a person knows
 * where the database stands without running {@code db current}.
 */
final class PartialRuns {
    private PartialRuns() {
    }

    static Optional<String> describe(MigrationException failure) {
        return failure.partialRun().map(PartialRuns::line);
    }

    static String line(PartialRun run) {
        String done = run.revisions().isEmpty() ? "none"
                : run.revisions().stream().map(r -> r.id() + " (" + r.message() + ")").collect(Collectors.joining(", "));
        return (run.undone() ? "Undone" : "Applied") + " before the failure: " + done + ".";
    }
}
