package dev.rowboat.data.paging;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets another thread stop a running query: the query binds how to cancel its statement, and
 * {@link #cancel()} may come before, during or after that.
 */
public final class QueryCancel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QueryCancel.class);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Runnable> action = new AtomicReference<>();

    public static QueryCancel none() {
        return new QueryCancel();
    }

    public void cancel() {
        cancelled.set(true);
        cancelStatement(action.get());
    }

    /** The statement may have finished and closed meanwhile: then there is nothing to cancel. */
    private static void cancelStatement(Runnable running) {
        if (running == null) {
            return;
        }
        try {
            running.run();
        } catch (RuntimeException finishedMeanwhile) {
            LOG.debug("Nothing to cancel: {}", finishedMeanwhile.getMessage());
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** How to stop the statement now running (the console binds its own statements). */
    public void bind(Runnable cancelStatement) {
        action.set(cancelStatement);
        if (cancelled.get()) {
            cancelStatement(cancelStatement);
        }
    }

    public void unbind() {
        action.set(null);
    }
}
