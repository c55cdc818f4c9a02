package dev.rowboat.ui.migrate;

import dev.rowboat.migrate.AppliedRevision;
import dev.rowboat.migrate.Direction;
import dev.rowboat.migrate.MigrationListener;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.ui.common.TaskExecutor;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import javafx.collections.ObservableList;

/** The panel's log: the engine reports on its own thread, the lines land on the FX thread. */
final class RunLog implements MigrationListener {
    private final ObservableList<String> lines;
    private final TaskExecutor executor;

    RunLog(ObservableList<String> lines, TaskExecutor executor) {
        this.lines = lines;
        this.executor = executor;
    }

    /** Adds a line; call on the FX thread. */
    void add(String line) {
        lines.add(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "  " + line);
    }

    private void post(String line) {
        executor.onFxThread(() -> add(line));
    }

    @Override
    public void revisionStarted(Revision revision, Direction direction) {
        post((direction == Direction.UP ? "▲ upgrade " : "▼ downgrade ") + revision.id() + " “" + revision.message() + "”");
    }

    @Override
    public void operationStarted(Revision revision, Operation operation) {
        post("    " + operation.describe());
    }

    @Override
    public void toolOutput(String line) {
        post("    │ " + line);
    }

    @Override
    public void revisionFinished(AppliedRevision done) {
        post("    done in " + done.took().toMillis() + " ms");
    }

    @Override
    public void failed(MigrationException failure) {
        post("✗ " + failure.getMessage());
    }
}
