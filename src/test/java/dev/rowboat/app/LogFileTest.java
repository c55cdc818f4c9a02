package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's logging ({@link LogSetup}; tests log to the console with logback-test.xml): a
 * rotated rowboat.log in the data folder's logs, with stack traces.
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
        LogSetup.configure(context, home.resolve("logs").toAbsolutePath());

        context.getLogger("dev.rowboat.Test").error("Could not do the thing", new IllegalStateException("because"));

        Path log = home.resolve("logs").resolve("rowboat.log");
        assertThat(Files.readString(log)).contains("ERROR dev.rowboat.Test - Could not do the thing",
                "java.lang.IllegalStateException: because", "at dev.rowboat.app.LogFileTest");
        var appender = (RollingFileAppender<?>) context.getLogger("ROOT").getAppender("FILE");
        var policy = (SizeAndTimeBasedRollingPolicy<?>) appender.getRollingPolicy();
        assertThat(policy.getMaxHistory()).as("a week of older files").isEqualTo(7);
        assertThat(policy.getFileNamePattern()).isEqualTo(home.resolve("logs").toAbsolutePath() + "/rowboat.%d{yyyy-MM-dd}.%i.log.gz");
    }

    @Test
    void logbackFindsTheSetupAndLeavesTheTestsTheirConsoleOnlySettings() {
        List<String> found = java.util.ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()).toList();
        assertThat(found).contains(LogSetup.class.getName());
        LoggerContext fresh = new LoggerContext();
        assertThat(new LogSetup().configure(fresh)).as("logback-test.xml is on the tests' class path")
                .isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(fresh.getLogger("ROOT").iteratorForAppenders().hasNext()).isFalse();
    }
}
