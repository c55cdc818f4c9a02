package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The jar carries Rowboat's licence and a notice for every library it bundles. The bundled list is
 * Maven's ({@code target/runtime-dependencies.txt}, written before the tests run): a dependency added
 * without running {@code .ci/third-party-notices.py} fails here.
 */
class ThirdPartyNoticesTest {
    /** group:artifact:type[:classifier]:version:scope, as maven-dependency-plugin's list writes it. */
    private static final Pattern LISTED = Pattern.compile(
            "^\\s*([\\w.\\-]+):([\\w.\\-]+):jar:(?:[\\w.\\-]+:)?([\\w.\\-]+):(compile|runtime)\\b");

    @Test
    void everyBundledJarIsNamedInTheNotices() throws IOException {
        String notices = resource("/legal/THIRD-PARTY-NOTICES.txt");
        List<String> bundled = bundledJars();
        assertThat(bundled).as("Maven's runtime dependency list").hasSizeGreaterThan(30)
                .contains("org.hibernate.orm:hibernate-core:" + org.hibernate.Version.getVersionString());
        assertThat(bundled).as("missing from THIRD-PARTY-NOTICES.txt: run python3 .ci/third-party-notices.py")
                .allMatch(coordinates -> notices.contains("(" + coordinates + ")"));
    }

    @Test
    void noticesNameTheLicencesOfWhatIsBundled() throws IOException {
        String notices = resource("/legal/THIRD-PARTY-NOTICES.txt");
        assertThat(notices).contains("GNU Lesser General Public License", "Mozilla Public License",
                "Eclipse Public License", "Classpath", "Apache License");
    }

    @Test
    void theJarCarriesRowboatsLicence() throws IOException {
        assertThat(resource("/legal/LICENSE")).contains("Apache License", "Version 2.0, January 2004",
                "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
    }

    private static List<String> bundledJars() throws IOException {
        Path list = Path.of("target", "runtime-dependencies.txt");
        assertThat(list).as("written by maven-dependency-plugin (generate-test-resources): run the tests through Maven").exists();
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .map(LISTED::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1) + ":" + m.group(2) + ":" + m.group(3))
                .distinct()
                .toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ThirdPartyNoticesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
