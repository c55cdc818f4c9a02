package dev.rowboat.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * What Help › About Rowboat says: Rowboat's version (from {@code version.properties}, which the
 * build fills in), the Java and JavaFX it runs on, its licence, and the third-party notices where
 * this build has them.
 */
public record AboutInfo(String version, String java, String javafx, String licence, Optional<String> notices) {
    static final String VERSION_RESOURCE = "/dev/rowboat/version.properties";
    static final String NOTICES_RESOURCE = "/legal/THIRD-PARTY-NOTICES.txt";
    static final String LICENCE = "Apache License 2.0 (Apache-2.0)";

    /** From this build's resources and the running JVM. */
    public static AboutInfo read() {
        return read(AboutInfo.class::getResourceAsStream);
    }

    /** @param resources opens a resource by its absolute name, null where there is none */
    static AboutInfo read(Function<String, InputStream> resources) {
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
        String javafx = Optional.ofNullable(System.getProperty("javafx.runtime.version")).or(() -> Optional.ofNullable(
                System.getProperty("javafx.version"))).orElse("unknown");
        return new AboutInfo(version(resources), java, javafx, LICENCE, text(resources, NOTICES_RESOURCE));
    }

    private static String version(Function<String, InputStream> resources) {
        Properties properties = new Properties();
        text(resources, VERSION_RESOURCE).ifPresent(text -> {
            try {
                properties.load(new java.io.StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringReader does not fail
            }
        });
        String version = properties.getProperty("version", "");
        // run from classes the build did not filter (an IDE), the placeholder is still there
        return version.isBlank() || version.startsWith("${") ? "unknown (not built by Maven)" : version;
    }

    private static Optional<String> text(Function<String, InputStream> resources, String name) {
        try (InputStream in = resources.apply(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
    }
}
