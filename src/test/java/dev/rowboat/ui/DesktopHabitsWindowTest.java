package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys and clicks people reach for without thinking: Ctrl+F, F5, Help, a click on the entity already selected. */
class DesktopHabitsWindowTest {
    @TempDir
    Path home;
    private TestDatabase sample;
    private RowboatWindow window;

    @BeforeEach
    void start() throws Exception {
        sample = TestDatabase.create(Dbms.SQLITE);
        sample.openWithSample().close();
        window = RowboatWindow.startAndWait(home, sample.spec().jdbcUrl(), 6);
        window.robot.clickOn("#entity-Post");
        waitUntil(() -> window.robot.lookup("#grid-Post").tryQuery().isPresent() && window.grid("Post").getItems().size() == 6);
    }

    @AfterEach
    void stop() throws Exception {
        window.stop();
        sample.close();
    }

    @Test
    void ctrlFFindsInTheGridWithItsColumnFiltersAndEscShowsTheirRowsAgain() {
        window.robot.clickOn("#filter-author").write("susan").push(KeyCode.ENTER);
        waitUntil(() -> window.grid("Post").getItems().size() == 2);

        window.robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> findBar().isVisible() && findField().isFocused());
        window.robot.write("COFFEE");

        waitUntil(() -> window.grid("Post").getItems().size() == 1);
        assertThat(window.cellText("Post", 0, "body")).isEqualTo("Anyone for coffee?");

        window.robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !findBar().isVisible() && window.grid("Post").getItems().size() == 2);
        assertThat(findField().getText()).isEmpty();
    }

    private Node findBar() {
        return window.robot.lookup("#findBar").query();
    }

    private TextField findField() {
        return window.robot.lookup("#findField").queryAs(TextField.class);
    }

    private String selectedTab() {
        Tab tab = window.robot.lookup("#entityTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        return tab == null ? "" : tab.getText();
    }
}
