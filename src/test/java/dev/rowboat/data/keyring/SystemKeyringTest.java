package dev.rowboat.data.keyring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** Where no keyring service runs (a Linux session without D-Bus, like a build machine), the keyring says so and keeps nothing. */
class SystemKeyringTest {
    @Test
    void withoutAKeyringServiceRememberingFailsWithASentence() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null,
                "needs a Linux session without D-Bus, where no keyring can answer");
        SystemKeyring keyring = new SystemKeyring();

        assertThatThrownBy(() -> keyring.remember("jdbc:h2:file:/tmp/rowboat-keyring-test", "not-kept"))
                .isInstanceOf(KeyringException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("No system keyring is available here", "Could not keep the password in")
                        .endsWith("."));
    }
}
