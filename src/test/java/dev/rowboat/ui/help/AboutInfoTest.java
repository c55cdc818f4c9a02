package dev.rowboat.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Help › About Rowboat's facts: the version the build wrote, the licence, and the notices only where the build has them. */
class AboutInfoTest {
    @Test
    void theVersionIsTheOneTheBuildWroteIntoItsResource() {
        AboutInfo about = AboutInfo.read();
        assertThat(about.version()).as("filtered by Maven, not a placeholder").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(about.licence()).contains("Apache-2.0");
        assertThat(about.java()).startsWith(System.getProperty("java.version"));
    }

    @Test
    void theNoticesAreShownWhereTheBuildHasThemAndSaidMissingOtherwise() {
        Map<String, String> withNotices = Map.of(AboutInfo.VERSION_RESOURCE, "version=1.2.3\n",
                AboutInfo.NOTICES_RESOURCE, "Hibernate ORM: Apache-2.0\nH2: MPL-2.0 or EPL-1.0\n");
        AboutInfo built = AboutInfo.read(name -> open(withNotices, name));
        assertThat(built.version()).isEqualTo("1.2.3");
        assertThat(built.notices()).hasValueSatisfying(text -> assertThat(text).contains("H2: MPL-2.0 or EPL-1.0"));

        AboutInfo fromAnIde = AboutInfo.read(name -> open(Map.of(AboutInfo.VERSION_RESOURCE, "version=${project.version}\n"), name));
        assertThat(fromAnIde.notices()).isEmpty();
        assertThat(fromAnIde.version()).isEqualTo("unknown (not built by Maven)");
        assertThat(AboutInfo.read(name -> null).version()).isEqualTo("unknown (not built by Maven)");
    }

    private static InputStream open(Map<String, String> resources, String name) {
        String text = resources.get(name);
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
