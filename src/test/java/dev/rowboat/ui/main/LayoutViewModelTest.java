package dev.rowboat.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.settings.SettingsStore;
import dev.rowboat.data.settings.WindowBounds;
import dev.rowboat.data.settings.WindowLayout;
import dev.rowboat.ui.DirectTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is kept of the window per database, and where a kept window goes when the screens changed. */
class LayoutViewModelTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D MONITOR_ON_THE_RIGHT = new Rectangle2D(1366, 0, 1920, 1080);

    @TempDir
    Path home;

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        WindowBounds onMonitor = new WindowBounds(2000, 100, 1200, 800, false);
        assertThat(LayoutViewModel.visible(onMonitor, List.of(LAPTOP, MONITOR_ON_THE_RIGHT))).isEqualTo(onMonitor);
    }

    @Test
    void aWindowOnAMonitorThatIsGoneComesBackCentredOnThePrimaryScreenAndNoLarger() {
        WindowBounds onMonitor = new WindowBounds(2000, 100, 1600, 1000, true);

        WindowBounds placed = LayoutViewModel.visible(onMonitor, List.of(LAPTOP));

        assertThat(placed).isEqualTo(new WindowBounds(0, 0, 1366, 768, true));
    }

    @Test
    void aWindowWhoseTitleBarIsAboveTheScreenIsBroughtBack() {
        WindowBounds above = new WindowBounds(100, -500, 800, 600, false);

        WindowBounds placed = LayoutViewModel.visible(above, List.of(LAPTOP));

        assertThat(placed).isEqualTo(new WindowBounds(283, 84, 800, 600, false));
    }

    @Test
    void theColumnWidthsOfAClosedGridAreKeptWithTheLayout() {
        SettingsStore store = new SettingsStore(home.resolve("settings"));
        LayoutViewModel layout = new LayoutViewModel(store, new DirectTaskExecutor(), Runnable::run);
        layout.show("jdbc:h2:file:/data/app", applied -> { });
        layout.columnResized("Post", "col-body", 420);

        layout.leave(new WindowLayout(false, null, List.of(0.3), null, List.of("User"), "User"));

        WindowLayout kept = store.load("jdbc:h2:file:/data/app").orElseThrow();
        assertThat(kept.columnWidths()).containsEntry("Post", java.util.Map.of("col-body", 420.0));
        assertThat(kept.openTabs()).containsExactly("User");
        List<WindowLayout> applied = new ArrayList<>();
        new LayoutViewModel(store, new DirectTaskExecutor(), Runnable::run).show("jdbc:h2:file:/data/app", applied::add);
        assertThat(applied).containsExactly(kept);
    }

    @Test
    void aDatabaseWithoutAKeptLayoutLeavesTheWindowAsItIs() {
        LayoutViewModel layout = new LayoutViewModel(new SettingsStore(home.resolve("settings")), new DirectTaskExecutor(), Runnable::run);
        List<WindowLayout> applied = new ArrayList<>();

        layout.show("sqlite:///never-seen.db", applied::add);

        assertThat(applied).isEmpty();
    }
}
