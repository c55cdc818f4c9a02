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
     * Runs {@code update} on the FX thread: progress a background run reports while it works.
     * The default runs it at once, which is what a synchronous test executor wants.
     */
    default void onFxThread(Runnable update) {
        update.run();
    }
}
