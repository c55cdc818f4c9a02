package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.Main;
import dev.rowboat.data.paging.Row;
import dev.rowboat.ui.grid.EntityTableViewModel;
import java.nio.file.Path;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table larger than a screen: rows arrive as the person scrolls, and memory stays bounded. */
class LargeTableTest {
    private static final int POSTS = 3_000;
    @TempDir
    Path home;
    @TempDir
    Path data;
    private RowboatWindow window;

    @BeforeEach
    void openABigSqliteFile() throws Exception {
        Path file = data.resolve("big.db");
        assertThat(Main.run("sample", "--url", "sqlite:///" + file, "--rows", String.valueOf(POSTS))).isZero();
        window = RowboatWindow.startAndWait(home, "sqlite:///" + file);
        window.robot.clickOn("#entity-Post");
        waitUntil(() -> window.robot.lookup("#grid-Post").tryQuery().isPresent() && window.grid("Post").getItems().size() == 100);
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private long id(int row) {
        return ((Number) window.grid("Post").getItems().get(row).id()).longValue();
    }

    @Test
    void pageDownThroughTheGridLoadsTheNextRowsInOrder() {
        TableView<Row> grid = window.grid("Post");
        window.robot.clickOn(window.robot.lookup("#grid-Post .table-cell").nth(1).queryAs(javafx.scene.Node.class));
        for (int i = 0; i < 40 && grid.getItems().size() < 300; i++) {
            window.robot.type(KeyCode.PAGE_DOWN);
        }
        waitUntil(() -> grid.getItems().size() >= 300);
        assertThat(id(0)).isEqualTo(1);
        for (int i = 0; i < grid.getItems().size(); i++) {
            assertThat(id(i)).isEqualTo(i + 1);
        }
        assertThat(window.robot.lookup("#positionLabel").queryAs(Label.class).getText()).startsWith("Rows 1–");
    }

    @Test
    void draggingTheScrollBarToTheBottomLoadsMore() {
        TableView<Row> grid = window.grid("Post");
        javafx.scene.control.ScrollBar bar = grid.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar b && b.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .map(javafx.scene.control.ScrollBar.class::cast).findFirst().orElseThrow();
        window.robot.drag(bar.lookup(".thumb")).dropBy(0, grid.getHeight());
        waitUntil(() -> grid.getItems().size() >= 200);
        for (int i = 0; i < grid.getItems().size(); i++) {
            assertThat(id(i)).isEqualTo(i + 1);
        }
    }

    @Test
    void ctrlEndShowsTheLastRowsAndTheSliderJumpsToTheMiddle() {
        window.robot.clickOn(window.grid("Post")).press(KeyCode.CONTROL).press(KeyCode.END).release(KeyCode.END).release(KeyCode.CONTROL);
        waitUntil(() -> id(window.grid("Post").getItems().size() - 1) == POSTS);
        assertThat(window.robot.lookup("#positionLabel").queryAs(Label.class).getText()).endsWith("(end)");
        TableView<Row> grid = window.grid("Post");
        int last = grid.getItems().size() - 1;
        waitUntil(() -> grid.getSelectionModel().getSelectedIndex() == last);
        @SuppressWarnings("unchecked")
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) grid.lookup(".virtual-flow");
        waitUntil(() -> flow.getLastVisibleCell() != null && flow.getLastVisibleCell().getIndex() == last);

        Slider slider = window.robot.lookup("#positionSlider").queryAs(Slider.class);
        window.robot.interact(() -> slider.setValue(0.5));
        window.robot.clickOn(slider.lookup(".thumb"));
        waitUntil(() -> Math.abs(id(0) - POSTS / 2) < 200);
        assertThat(window.grid("Post").getItems().size()).isLessThanOrEqualTo(EntityTableViewModel.WINDOW_ROWS);
    }
}
