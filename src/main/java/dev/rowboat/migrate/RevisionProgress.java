package dev.rowboat.migrate;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.schema.Progress;

/**
 * A run's revisions as the steps of a {@link Progress}: "Applying revision 3 of 5: add tags", done
 * 2 of 5 while it runs, 3 of 5 once it is done, so that a bar fills as the run goes rather than
 * spins. Everything the engine reports also reaches {@code next} (the panel's log).
 */
public final class RevisionProgress implements MigrationListener {
    private final Progress progress;
    private final MigrationListener next;
    private final int planned;
    private int started;
    private String step = "";

    /** @param planned how many revisions the run's plan has */
    public RevisionProgress(int planned, Progress progress, MigrationListener next) {
        this.planned = planned;
        this.progress = progress;
        this.next = next;
    }

    @Override
    public void revisionStarted(Revision revision, Direction direction) {
        started++;
        step = (direction == Direction.UP ? "Applying" : "Reverting") + " revision " + started + " of " + total() + ": " + revision.message();
        progress.step(step, started - 1, total());
        next.revisionStarted(revision, direction);
    }

    @Override
    public void operationStarted(Revision revision, Operation operation) {
        next.operationStarted(revision, operation);
    }

    @Override
    public void statement(String sql) {
        next.statement(sql);
    }

    @Override
    public void toolOutput(String line) {
        next.toolOutput(line);
    }

    @Override
    public void revisionFinished(AppliedRevision done) {
        progress.step(step, started, total());
        next.revisionFinished(done);
    }

    @Override
    public void failed(MigrationException failure) {
        next.failed(failure);
    }

    /** The plan's count; more where the run met more (it never shows "6 of 5"). */
    private int total() {
        return Math.max(planned, started);
    }
}
