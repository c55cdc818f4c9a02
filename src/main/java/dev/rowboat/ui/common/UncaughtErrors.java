package dev.rowboat.ui.common;

import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Rowboat does with an exception nothing caught, on the FX thread or any other: writes it to
 * the log with its stack trace and tells the person in a sentence, on the FX thread and after the
 * event that failed (a dialog cannot open in the middle of a layout pass).
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);
    private final Consumer<String> tell;

    /** @param tell shows the sentence; called on the FX thread */
    public UncaughtErrors(Consumer<String> tell) {
        this.tell = tell;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), failure);
        String sentence = sentence(failure);
        try {
            Platform.runLater(() -> tell.accept(sentence));
        } catch (IllegalStateException e) {
            // JavaFX has ended: the log has it
        }
    }

    /** What the person reads: what failed, and where the details are. */
    public static String sentence(Throwable failure) {
        String reason = failure instanceof dev.rowboat.schema.DatabaseException ? Messages.sentence(failure)
                : "Something went wrong: " + (failure.getMessage() == null || failure.getMessage().isBlank()
                        ? failure.getClass().getSimpleName() : failure.getMessage().strip());
        return reason + (reason.endsWith(".") ? "" : ".") + " The details are in the log (Help › Open log folder).";
    }
}
