package dev.rowboat.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.DataLocations;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Help › Open log folder: which folder, and which command opens it on each system. */
class FolderOpenerTest {
    private final Path logs = new DataLocations(Path.of("/home/me/.local/share/rowboat")).logFolder();

    @Test
    void theLogFolderIsTheDataFoldersLogs() {
        assertThat(logs).isEqualTo(Path.of("/home/me/.local/share/rowboat/logs"));
    }

    @Test
    void linuxOpensItWithXdgOpen() {
        assertThat(FolderOpener.commandFor("Linux", logs)).containsExactly("xdg-open", "/home/me/.local/share/rowboat/logs");
        assertThat(FolderOpener.commandFor("FreeBSD", logs)).containsExactly("xdg-open", "/home/me/.local/share/rowboat/logs");
    }

    @Test
    void macOsOpensItWithOpenAndWindowsWithExplorer() {
        assertThat(FolderOpener.commandFor("Mac OS X", logs)).containsExactly("open", "/home/me/.local/share/rowboat/logs");
        assertThat(FolderOpener.commandFor("Windows 11", logs).get(0)).isEqualTo("explorer.exe");
    }
}
