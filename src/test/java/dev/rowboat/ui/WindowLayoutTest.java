package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rowboat.data.DataLocations;
import dev.rowboat.data.settings.SettingsStore;
import dev.rowboat.data.settings.WindowBounds;
import dev.rowboat.data.settings.WindowLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window as a person left it for a database: closed, opened again, it looks the same. */
class WindowLayoutTest {
    @TempDir
    Path home;
    private Stage primary;
    private Rectangle2D before;

    /** The primary stage is shared by every window test in this JVM: it is left as it was found. */
    @BeforeEach
    void rememberTheStage() throws Exception {
        primary = FxToolkit.registerPrimaryStage();
        before = new Rectangle2D(orZero(primary.getX()), orZero(primary.getY()), orZero(primary.getWidth()), orZero(primary.getHeight()));
    }

    @AfterEach
    void putTheStageBack() throws Exception {
        // a stage never shown has no size yet (NaN): the next test gets the main window's preferred size, as on a fresh stage
        if (!(before.getWidth() > 0 && before.getHeight() > 0)) {
            before = new Rectangle2D(0, 0, 1280, 800);
        }
        FxToolkit.setupFixture(() -> {
            primary.setX(before.getMinX());
            primary.setY(before.getMinY());
            primary.setWidth(before.getWidth());
            primary.setHeight(before.getHeight());
        });
    }

    @Test
    void columnWidthsTabsDividersThemeAndBoundsComeBackWhenTheDatabaseIsOpenedAgain() throws Exception {
        RowboatWindow first = RowboatWindow.startAndWait(home, null);
        try {
            first.robot.clickOn("#entity-Post");
            waitUntil(() -> first.robot.lookup("#grid-Post").tryQuery().isPresent());
            first.robot.clickOn("#entity-User");
            waitUntil(() -> first.robot.lookup("#grid-User").tryQuery().isPresent());
            first.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL); // dark theme
            first.robot.interact(() -> {
                column(first, "Post", "col-body").setPrefWidth(333);
                tabs(first).getSelectionModel().select(tab(first, "tab-Post"));
                split(first).setDividerPositions(0.25, 0.7);
                Stage stage = stage(first);
                stage.setX(60);
                stage.setY(50);
                stage.setWidth(1100);
                stage.setHeight(720);
            });
            waitUntil(() -> column(first, "Post", "col-body").getWidth() == 333);
        } finally {
            first.stop();
        }
        first.robot.interact(() -> { // the same primary stage shows the next window: move it away first
            primary.setX(0);
            primary.setY(0);
            primary.setWidth(900);
            primary.setHeight(600);
        });

        RowboatWindow again = RowboatWindow.startAndWait(home, null);
        try {
            waitUntil(() -> tabs(again).getTabs().size() == 2 && again.robot.lookup("#grid-Post").tryQuery().isPresent());
            assertThat(tabs(again).getTabs()).extracting(Tab::getId).containsExactly("tab-Post", "tab-User");
            assertThat(tabs(again).getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-Post");
            assertThat(column(again, "Post", "col-body").getPrefWidth()).isEqualTo(333);
            assertThat(split(again).getDividerPositions()[0]).isCloseTo(0.25, within(0.02));
            assertThat(root(again).getPseudoClassStates()).contains(PseudoClass.getPseudoClass("dark"));
            Stage stage = stage(again);
            assertThat(List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).containsExactly(60.0, 50.0, 1100.0, 720.0);
        } finally {
            again.stop();
        }
    }

    @Test
    void aWindowKeptOnAScreenThatIsGoneOpensOnTheScreenThereIs() throws Exception {
        DataLocations locations = new DataLocations(home);
        new SettingsStore(locations.settingsFolder()).save(locations.defaultDatabase().displayUrl(),
                new WindowLayout(false, new WindowBounds(5000, 3000, 900, 600, false), List.of(), Map.of(), List.of(), null));

        RowboatWindow window = RowboatWindow.startAndWait(home, null);
        try {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            waitUntil(() -> stage(window).getX() < screen.getMaxX());
            Stage stage = stage(window);
            assertThat(screen.contains(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
                    .as("%s within %s", List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()), screen).isTrue();
        } finally {
            window.stop();
        }
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    private static Parent root(RowboatWindow window) {
        return window.robot.lookup("#mainRoot").queryAs(Parent.class);
    }

    private static Stage stage(RowboatWindow window) {
        return (Stage) root(window).getScene().getWindow();
    }

    private static TabPane tabs(RowboatWindow window) {
        return window.robot.lookup("#entityTabs").queryAs(TabPane.class);
    }

    private static SplitPane split(RowboatWindow window) {
        return window.robot.lookup("#mainSplit").queryAs(SplitPane.class);
    }

    private static Tab tab(RowboatWindow window, String id) {
        return tabs(window).getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private static TableColumn<?, ?> column(RowboatWindow window, String entity, String id) {
        return window.grid(entity).getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
