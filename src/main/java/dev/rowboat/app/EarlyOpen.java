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
    /**
     * What to open early: the connector every connect goes through, and the start-up database with
     * its options, or a null {@code spec} when its URL cannot be read (the window says why).
     */
    record Plan(DatabaseConnector connector, ConnectionSpec spec, ConnectOptions options) {
    }

    private final RelayedProgress steps = new RelayedProgress();
    private final CompletableFuture<Plan> planned = new CompletableFuture<>();
    private final CompletableFuture<OpenDatabase> opening = new CompletableFuture<>();
    private boolean taken;

    private EarlyOpen() {
    }

    /** Starts opening {@code spec} now. */
    static EarlyOpen start(DatabaseConnector connector, ConnectionSpec spec, ConnectOptions options) {
        return start(() -> new Plan(connector, spec, options));
    }

    /**
     * Starts making the plan and opening its database on a thread of their own, and returns at once:
     * reading the URL, the recent list and the settings files took the thread that starts JavaFX a
     * fifth of a second on a busy start.
     */
    static EarlyOpen start(java.util.function.Supplier<Plan> plan) {
        EarlyOpen early = new EarlyOpen();
        Thread thread = new Thread(() -> early.planAndOpen(plan), "rowboat-early-open");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    private void planAndOpen(java.util.function.Supplier<Plan> plan) {
        Plan made;
        try {
            made = plan.get();
            planned.complete(made);
        } catch (RuntimeException | Error e) {
            planned.completeExceptionally(e);
            return;
        }
        if (made.spec() == null) {
            return;
        }
        try {
            opening.complete(made.connector().connect(made.spec(), made.options(), steps));
        } catch (RuntimeException | Error e) {
            opening.completeExceptionally(e);
            return;
        }
        // the window is usually still being built: its entity list then finds the counts made
        opening.join().countRowsAhead();
    }

    @Override
    public OpenDatabase connect(ConnectionSpec wanted, ConnectOptions wantedOptions) {
        return connect(wanted, wantedOptions, Progress.NONE);
    }

    @Override
    public OpenDatabase connect(ConnectionSpec wanted, ConnectOptions wantedOptions, Progress progress) {
        Plan plan = plan();
        if (plan.spec() != null && take()) {
            if (wanted.equals(plan.spec()) && wantedOptions.equals(plan.options())) {
                steps.relayTo(progress);
                return joined(opening);
            }
            closeUnused();
        }
        return plan.connector().connect(wanted, wantedOptions, progress);
    }

    @Override
    public OpenDatabase reopen(ConnectionSpec wanted) {
        return plan().connector().reopen(wanted);
    }

    @Override
    public OpenDatabase renameAssociation(ConnectionSpec wanted, String entity, String association, String newName) {
        return plan().connector().renameAssociation(wanted, entity, association, newName);
    }

    private Plan plan() {
        return joined(planned);
    }

    /** True the first time only: the early open is handed out, or closed, once. */
    private synchronized boolean take() {
        boolean first = !taken;
        taken = true;
        return first;
    }

    /** The future's value, or what it failed with, thrown as if it had failed here. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
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
