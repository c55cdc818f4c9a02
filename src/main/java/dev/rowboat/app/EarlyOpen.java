package dev.rowboat.app;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Progress;
import dev.rowboat.ui.common.StartupTimeline;
import dev.rowboat.ui.main.DatabaseConnector;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opens the start-up database on its own thread while JavaFX starts and builds the window, so the
 * two take the time of the longer rather than of both. The window's first connect to that same
 * database, with the same options, takes this open (its steps replayed, its failure thrown as if
 * it had failed there); any other connect goes to the connector as usual.
 */
final class EarlyOpen implements DatabaseConnector {
    private final DatabaseConnector connector;
    private final ConnectionSpec spec;
    private final ConnectOptions options;
    private final RelayedProgress steps = new RelayedProgress();
    private final CompletableFuture<OpenDatabase> opening = new CompletableFuture<>();
    private boolean taken;

    private EarlyOpen(DatabaseConnector connector, ConnectionSpec spec, ConnectOptions options) {
        this.connector = connector;
        this.spec = spec;
        this.options = options;
    }

    /** Starts opening {@code spec} now. */
    static EarlyOpen start(DatabaseConnector connector, ConnectionSpec spec, ConnectOptions options) {
        EarlyOpen early = new EarlyOpen(connector, spec, options);
        Thread thread = new Thread(() -> {
            try {
                early.opening.complete(connector.connect(spec, options, early.steps));
            } catch (RuntimeException | Error e) {
                early.opening.completeExceptionally(e);
                return;
            }
            // the window is usually still being built: its entity list then finds the counts made
            early.opening.join().countRowsAhead();
        }, "rowboat-early-open");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    @Override
    public OpenDatabase connect(ConnectionSpec wanted, ConnectOptions wantedOptions) {
        return connect(wanted, wantedOptions, Progress.NONE);
    }

    @Override
    public OpenDatabase connect(ConnectionSpec wanted, ConnectOptions wantedOptions, Progress progress) {
        if (take()) {
            if (wanted.equals(spec) && wantedOptions.equals(options)) {
                steps.relayTo(progress);
                return result();
            }
            closeUnused();
        }
        return connector.connect(wanted, wantedOptions, progress);
    }

    @Override
    public OpenDatabase reopen(ConnectionSpec wanted) {
        return connector.reopen(wanted);
    }

    @Override
    public OpenDatabase renameAssociation(ConnectionSpec wanted, String entity, String association, String newName) {
        return connector.renameAssociation(wanted, entity, association, newName);
    }

    /** True the first time only: the early open is handed out, or closed, once. */
    private synchronized boolean take() {
        boolean first = !taken;
        taken = true;
        return first;
    }

    private OpenDatabase result() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * The start-up database was opened differently after all (marked read-only, say): this one is
     * closed first, because H2 keeps one mode per file in a process.
     */
    private void closeUnused() {
        try {
            opening.join().close();
        } catch (CompletionException e) {
            // it failed early; the open asked for now says for itself whether it can
        }
    }

    /** Keeps the steps made before anyone listens, and passes them and the later ones on once someone does. */
    private static final class RelayedProgress implements Progress {
        private final java.util.List<Step> made = new java.util.ArrayList<>();
        private Progress target;

        @Override
        public synchronized void step(String step, long done, long total) {
            StartupTimeline.process().markOpenerStep(step); // when it happened, not when the window hears of it
            if (target != null) {
                target.step(step, done, total);
            } else {
                made.add(new Step(step, done, total));
            }
        }

        synchronized void relayTo(Progress progress) {
            made.forEach(s -> progress.step(s.step(), s.done(), s.total()));
            made.clear();
            target = progress;
        }

        private record Step(String step, long done, long total) {
        }
    }
}
