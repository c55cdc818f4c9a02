package dev.rowboat.data.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window layout per database, as a JSON file in the data folder's settings. */
class SettingsStoreTest {
    private static final String CONNECTION = "postgresql://db.local:5432/shop (user me)";

    @TempDir
    Path home;

    private static WindowLayout layout() {
        return new WindowLayout(true, new WindowBounds(40, 30, 1000, 700, false), List.of(0.2, 0.75),
                Map.of("Post", Map.of("col-body", 321.0)), List.of("User", "Post"), "Post");
    }

    @Test
    void aLayoutKeptForAConnectionComesBackForItAndNoOther() throws Exception {
        SettingsStore store = new SettingsStore(home.resolve("settings"));
        store.save(CONNECTION, layout());

        assertThat(new SettingsStore(home.resolve("settings")).load(CONNECTION)).contains(layout());
        assertThat(store.load("sqlite:///other.db")).isEmpty();
    }

    @Test
    void eachConnectionHasAFileNamedByTheHashOfItsUrl() throws Exception {
        SettingsStore store = new SettingsStore(home.resolve("settings"));
        store.save(CONNECTION, layout());

        try (var files = Files.list(home.resolve("settings"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).matches("window-[0-9a-f]{64}\\.json"));
        }
        assertThat(Files.readString(store.fileOf(CONNECTION))).contains("\"connection\" : \"" + CONNECTION + "\"", "col-body");
    }

    @Test
    void aFileThatCannotBeReadCountsAsNoLayout() throws Exception {
        SettingsStore store = new SettingsStore(home.resolve("settings"));
        Files.createDirectories(home.resolve("settings"));
        Files.writeString(store.fileOf(CONNECTION), "{ not json");

        assertThat(store.load(CONNECTION)).isEmpty();
    }
}
