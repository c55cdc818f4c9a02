package dev.rowboat.ui.common;

/** A submitted piece of background work. */
public interface TaskHandle {
    /** Stops the work: its query is cancelled and neither callback runs afterwards. */
    void cancel();

    /** Whether the work has finished and its callback has run. Asked on the FX thread. */
    boolean isDone();
}
