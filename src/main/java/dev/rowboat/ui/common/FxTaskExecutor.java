package dev.rowboat.ui.common;

import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.schema.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs database work as JavaFX {@link Task}s on a small pool of daemon threads. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool;

    public FxTaskExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rowboat-db-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        QueryCancel cancel = new QueryCancel();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(cancel);
            }
        };
        // Done means the callback has run on the FX thread; the Task itself counts as done as soon
        // as the worker returns, before its result is applied, and a view-model asking in that gap
        // would start the same page again.
        // A result that arrives after cancel (the worker had already returned) is dropped, so a
        // page read before a new sort or filter never lands in the new window.
        boolean[] finished = new boolean[1];
        boolean[] cancelled = new boolean[1];
        task.setOnSucceeded(e -> {
            finished[0] = true;
            if (!cancelled[0]) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            finished[0] = true;
            if (!cancelled[0]) {
                onFailure.accept(task.getException());
            }
        });
        task.setOnCancelled(e -> finished[0] = true);
        if (pool.isShutdown()) {
            // the window is closing: a callback of work that just finished asks for more, which nobody will see
            cancelled[0] = true;
            finished[0] = true;
        } else {
            pool.execute(task);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
                finished[0] = true;
                cancel.cancel();
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return finished[0];
            }
        };
    }

    /**
     * Steps land on the FX thread at most one runLater at a time: a reflection of 1,000 tables
     * reports faster than the window repaints, and a step overtaken meanwhile is skipped.
     */
    @Override
    public <T> TaskHandle submit(String description, ReportingWork<T> work, Consumer<TaskProgress> onProgress,
                                 Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicReference<TaskProgress> latest = new AtomicReference<>();
        AtomicReference<TaskHandle> handle = new AtomicReference<>();
        Progress progress = (step, done, total) -> {
            if (latest.getAndSet(new TaskProgress(step, done, total)) == null) {
                javafx.application.Platform.runLater(() -> {
                    TaskProgress now = latest.getAndSet(null);
                    TaskHandle h = handle.get();
                    if (now != null && (h == null || !h.isDone())) {
                        onProgress.accept(now);
                    }
                });
            }
        };
        handle.set(submit(description, cancel -> work.run(cancel, progress), onSuccess, onFailure));
        return handle.get();
    }

    @Override
    public void onFxThread(Runnable update) {
        javafx.application.Platform.runLater(update);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
