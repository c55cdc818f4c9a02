package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.rowboat.ui.common.UncaughtErrors;
import java.nio.file.Path;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** An exception nothing caught, on the FX thread or another: a sentence in the status bar, the stack trace in the log. */
class UncaughtErrorWindowTest {
    @TempDir
    Path home;
    private RowboatWindow window;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(UncaughtErrors.class);

    @BeforeEach
    void start() throws Exception {
        log.start();
        logger.addAppender(log);
        window = RowboatWindow.startAndWait(home, null);
        waitUntil(() -> status().startsWith("Connected to"));
    }

    @AfterEach
    void stop() throws Exception {
        window.stop();
        logger.detachAppender(log);
    }

    private String status() {
        return window.robot.lookup("#statusLabel").queryLabeled().getText();
    }

    @Test
    void anExceptionOnTheFxThreadIsSaidAndLoggedWithItsStackTrace() {
        Platform.runLater(() -> {
            throw new IllegalStateException("the grid fell over");
        });

        waitUntil(() -> status().equals("Something went wrong: the grid fell over. The details are in the log (Help › Open log folder)."));
        assertThat(log.list).anySatisfy(event -> {
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
            assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
        });
    }

    @Test
    void anExceptionOnAnotherThreadIsSaidToo() throws Exception {
        Thread worker = new Thread(() -> {
            throw new UnsupportedOperationException();
        }, "some-worker");
        worker.start();
        worker.join();

        waitUntil(() -> status().startsWith("Something went wrong: UnsupportedOperationException."));
        assertThat(log.list).anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("some-worker"));
    }
}
