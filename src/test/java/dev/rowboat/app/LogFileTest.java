package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's logback.xml (tests log to the console with logback-test.xml): a rotated
 * rowboat.log in the data folder's logs, with stack traces.
 */
class LogFileTest {
    @TempDir
    Path home;
    private final LoggerContext context = new LoggerContext();
    private String before;

    @AfterEach
    void restore() {
        context.stop();
        if (before == null) {
            System.clearProperty("rowboat.home");
        } else {
            System.setProperty("rowboat.home", before);
        }
    }

    @Test
    void theApplicationLogsToARotatedFileInTheDataFolderWithStackTraces() throws Exception {
        before = System.getProperty("rowboat.home");
        System.setProperty("rowboat.home", home.toString());
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's own start-up gives it
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFileTest.class.getResource("/logback.xml"));

        context.getLogger("dev.rowboat.Test").error("Could not do the thing", new IllegalStateException("because"));

        Path log = home.resolve("logs").resolve("rowboat.log");
        assertThat(Files.readString(log)).contains("ERROR dev.rowboat.Test - Could not do the thing",
                "java.lang.IllegalStateException: because", "at dev.rowboat.app.LogFileTest");
        var appender = (RollingFileAppender<?>) context.getLogger("ROOT").getAppender("FILE");
        var policy = (SizeAndTimeBasedRollingPolicy<?>) appender.getRollingPolicy();
        assertThat(policy.getMaxHistory()).as("a week of older files").isEqualTo(7);
        assertThat(policy.getFileNamePattern()).isEqualTo(home.resolve("logs").toAbsolutePath() + "/rowboat.%d{yyyy-MM-dd}.%i.log.gz");
    }
}
