package dev.rowboat.ui;

import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.ui.common.BackgroundWork;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.common.TaskHandle;
import java.util.function.Consumer;

/** Runs work at once on the calling thread, so view-model tests are deterministic. */
public final class DirectTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(QueryCancel.none());
        } catch (Exception e) {
            onFailure.accept(e);
            return done();
        }
        onSuccess.accept(result);
        return done();
    }

    private static TaskHandle done() {
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
