package dev.rowboat.ui.common;

import java.util.function.Consumer;

/**
 * The one way view-models reach the database. The application's executor runs work on daemon
 * threads and calls back on the FX thread; tests use one that runs it at once, so view-model
 * tests are deterministic.
 */
public interface TaskExecutor {
    <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Submits work that reports its steps. Each step reaches {@code onProgress} on the FX thread, in
     * the order reported and before {@code onSuccess} or {@code onFailure}; an executor may skip a
     * step that a later one overtook before the FX thread got to it, never the order. The default
     * passes every step through {@link #onFxThread}.
     */
    default <T> TaskHandle submit(String description, ReportingWork<T> work, Consumer<TaskProgress> onProgress,
                                  Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(description, cancel -> work.run(cancel,
                (step, done, total) -> onFxThread(() -> onProgress.accept(new TaskProgress(step, done, total)))), onSuccess, onFailure);
    }

    /**
     * Runs {@code update} on the FX thread: progress a background run reports while it works.
     * The default runs it at once, which is what a synchronous test executor wants.
     */
    default void onFxThread(Runnable update) {
        update.run();
    }
}
