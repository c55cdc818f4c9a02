package dev.rowboat.data.paging;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets another thread stop a running query: the query binds how to cancel its statement, and
 * {@link #cancel()} may come before, during or after that.
 */
public final class QueryCancel {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Runnable> action = new AtomicReference<>();

    public static QueryCancel none() {
        return new QueryCancel();
    }

    public void cancel() {
        cancelled.set(true);
        Runnable running = action.get();
        if (running != null) {
            running.run();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    void bind(Runnable cancelStatement) {
        action.set(cancelStatement);
        if (cancelled.get()) {
            cancelStatement.run();
        }
    }

    void unbind() {
        action.set(null);
    }
}
