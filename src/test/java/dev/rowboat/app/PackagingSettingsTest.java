package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged app (jpackage, -Pinstaller) starts its window with the JVM settings the launcher uses. */
class PackagingSettingsTest {
    @Test
    void packagedAppUsesTheLaunchersWindowSettings() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String launcher = Files.readString(Path.of("src", "main", "dist", "rowboat"), StandardCharsets.UTF_8);
        String packaged = first(Pattern.compile("<app\\.java\\.options>([^<]*)</app\\.java\\.options>"), pom);
        // the launcher's window branch: the line after the comment that points at the README's measurements
        String window = first(Pattern.compile("\\*\\)\\s*\\n(?:\\s*#[^\\n]*\\n)*\\s*tuning=\"([^\"]*)\""), launcher);
        assertThat(packaged.split("\\s+")).containsExactly(window.split("\\s+"));
        assertThat(packaged).contains("-XX:+UseSerialGC", "-Xms48m"); // the regex found the window branch, not the db one
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1).strip();
    }
}
