package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the window from the class path, as {@code java -jar rowboat.jar} does, prints no JavaFX configuration warning. */
class ClasspathJavaFxTest {
    @TempDir
    Path home;

    @Test
    void windowStartsFromTheClassPathWithoutTheConfigurationWarning() throws Exception {
        Path log = home.resolve("stderr.txt");
        // The build's class-data training start: the default database and its first grid, headless, then quit.
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Drowboat.cds.training=true", "-Drowboat.home=" + home,
                "-cp", System.getProperty("java.class.path"), "dev.rowboat.app.Main")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(app.waitFor(150, TimeUnit.SECONDS)).as("the window started and quit").isTrue();
        } finally {
            app.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(app.exitValue()).as(output).isZero();
        assertThat(javafx.application.Platform.class.getModule().isNamed()).as("JavaFX on the class path here").isFalse();
        assertThat(output).doesNotContain("Unsupported JavaFX configuration");
        assertThat(home.resolve("rowboat.mv.db")).as("the default database was opened").exists();
    }

    @Test
    void onlyTheConfigurationWarningIsDropped() {
        assertThat(ClasspathJavaFx.isConfigurationWarning(
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @6d06d69c'")).isTrue();
        assertThat(List.of("CSS Error parsing file:rowboat.css", "Unsupported JavaFX configuration: classes were loaded from 'module rowboat'"))
                .noneMatch(ClasspathJavaFx::isConfigurationWarning);
    }
}
