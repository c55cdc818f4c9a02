package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.help.Shortcuts.Shortcut;
import dev.rowboat.ui.main.EntitySummary;
import java.nio.file.Path;
import java.sql.SQLException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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

    @Test
    void f5ShowsTheRowsAnotherClientWroteAndCountsThem() {
        sample.jdbc(c -> {
            try (var s = c.createStatement()) {
                s.execute("insert into post (body, timestamp, user_id) values ('Written by another client', '2024-01-01 10:00:00', 3)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        window.robot.push(KeyCode.F5);

        waitUntil(() -> window.grid("Post").getItems().size() == 7);
        ListView<?> entities = window.robot.lookup("#entityList").queryAs(ListView.class);
        waitUntil(() -> entities.getItems().stream().map(EntitySummary.class::cast)
                .anyMatch(e -> e.name().equals("Post") && e.count() != null && e.count().value() == 7));
    }

    @Test
    void clickingTheEntityAlreadySelectedBringsItsGridForward() {
        window.robot.clickOn("#entity-User");
        waitUntil(() -> selectedTab().equals("User"));
        window.robot.clickOn("#entity-Post");
        waitUntil(() -> selectedTab().equals("Post"));
        TabPane tabs = window.robot.lookup("#entityTabs").queryAs(TabPane.class);
        window.robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().equals("User")).findFirst().orElseThrow()));
        assertThat(selectedTab()).isEqualTo("User");

        window.robot.clickOn("#entity-Post"); // the list's selection already

        waitUntil(() -> selectedTab().equals("Post"));
    }

    @Test
    void helpListsEveryShortcutFromTheMenusAndTheGridAndAboutNamesVersionAndLicence() {
        window.robot.clickOn("Help").clickOn("Keyboard shortcuts");
        waitUntil(() -> window.robot.lookup("#shortcutsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Shortcut> shortcuts = window.robot.lookup("#shortcutsTable").queryAs(TableView.class);
        assertThat(shortcuts.getItems()).contains(new Shortcut("Ctrl+F", "Find in grid…", "Edit"), new Shortcut("F5", "Refresh", "View"),
                new Shortcut("Ctrl+S", "Save changes", "Edit"), new Shortcut("Ctrl+O", "Open database…", "File"),
                new Shortcut("Ctrl+L", "Link or unlink the rows of a many-to-many cell", "Grid"),
                new Shortcut("Ctrl+End", "The last row", "Grid"));
        window.robot.push(KeyCode.ESCAPE);
        waitUntil(() -> window.robot.lookup("#shortcutsTable").tryQuery().isEmpty());

        window.robot.clickOn("Help").clickOn("About Rowboat");
        waitUntil(() -> window.robot.lookup("#versionLabel").tryQuery().isPresent());
        assertThat(label("#versionLabel")).matches("Version \\d+\\.\\d+\\.\\d+.*").doesNotContain("unknown");
        assertThat(label("#licenceLabel")).contains("Apache-2.0");
        assertThat(label("#javaLabel")).startsWith(System.getProperty("java.version"));
    }

    private String label(String id) {
        return window.robot.lookup(id).queryAs(Label.class).getText();
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
