package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's first minutes with Rowboat: the sample opens, grids show, sort, filter and go to id. */
class MainWindowTest {
    @TempDir
    Path home;
    private RowboatWindow window;

    @BeforeEach
    void openTheEmbeddedDefault() throws Exception {
        window = RowboatWindow.start(home, null, Map.of());
        ListView<?> entities = window.robot.lookup("#entityList").queryAs(ListView.class);
        // the four entities, and the two link tables listed beside them with why they have no grid
        waitUntil(() -> entities.getItems().size() == 6 && entities.getItems().stream().noneMatch(e -> e.toString().contains("count=null")));
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void theSampleOpensWithItsEntitiesAndTheConnectionInTheStatusBar() {
        assertThat(Files.exists(home.resolve("rowboat.mv.db"))).isTrue();
        assertThat(window.robot.lookup("#entity-User .label").queryAllAs(Label.class)).extracting(Label::getText).containsExactly("User", "4");
        assertThat(window.robot.lookup("#entity-Post .label").queryAllAs(Label.class)).extracting(Label::getText).containsExactly("Post", "6");
        String status = window.robot.lookup("#statusLabel").queryLabeled().getText();
        assertThat(status).startsWith("Connected to jdbc:h2:file:").doesNotContain("password");
        assertThat(window.robot.lookup("#serverLabel").queryLabeled().getText()).startsWith("H2 2.3");
    }

    @Test
    void clickingAnEntityShowsItsRowsWithAuthorsAndCounts() {
        window.robot.clickOn("#entity-Post");
        waitUntil(() -> window.robot.lookup("#grid-Post").tryQuery().isPresent() && window.grid("Post").getItems().size() == 6);
        assertThat(window.cellText("Post", 0, "author")).isEqualTo("john");
        assertThat(window.cellText("Post", 0, "tags")).isEqualTo("tags (1)");
        assertThat(window.robot.lookup("#grid-Post .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .anyMatch(c -> "2023-01-01 09:00:00 UTC".equals(c.getText()));
        window.robot.clickOn("#entity-User");
        waitUntil(() -> window.robot.lookup("#grid-User").tryQuery().isPresent() && window.grid("User").getItems().size() == 4);
        assertThat(window.cellText("User", 0, "username")).isEqualTo("john");
        assertThat(window.cellText("User", 0, "posts")).isEqualTo("posts (3)");
        assertThat(window.robot.lookup("#entityTabs").queryAs(javafx.scene.control.TabPane.class).getTabs()).hasSize(2);
    }

    @Test
    void clickingAHeaderSortsOnTheServerAndClickingAgainReverses() {
        window.robot.clickOn("#entity-Post");
        waitUntil(() -> window.robot.lookup("#grid-Post").tryQuery().isPresent() && window.grid("Post").getItems().size() == 6);
        window.robot.clickOn(window.robot.lookup("#grid-Post .column-header .column-name").match(n -> "body".equals(((Label) n).getText()))
                .queryAs(Label.class));
        waitUntil(() -> window.cellText("Post", 0, "body").equals("Anyone for coffee?"));
        assertThat(window.grid("Post").getSortOrder()).extracting(TableColumn::getId).containsExactly("col-body");
        window.robot.clickOn(window.robot.lookup("#grid-Post .column-header .column-name").match(n -> "body".equals(((Label) n).getText()))
                .queryAs(Label.class));
        waitUntil(() -> window.cellText("Post", 0, "body").equals("The Avengers movie was so cool!"));
    }

    @Test
    void typingInAColumnFilterAndPressingEnterFiltersOnTheServer() {
        window.robot.clickOn("#entity-Post");
        waitUntil(() -> window.robot.lookup("#grid-Post").tryQuery().isPresent() && window.grid("Post").getItems().size() == 6);
        window.robot.clickOn("#filter-body").write("coffee").type(KeyCode.ENTER);
        waitUntil(() -> window.grid("Post").getItems().size() == 1);
        assertThat(window.cellText("Post", 0, "body")).isEqualTo("Anyone for coffee?");
        assertThat(window.grid("Post").getSortOrder()).as("typing in the filter does not sort").isEmpty();
        window.robot.clickOn("#filter-author").write("susan").type(KeyCode.ENTER);
        waitUntil(() -> window.grid("Post").getItems().size() == 1);
        window.robot.clickOn("#clearFiltersButton");
        waitUntil(() -> window.grid("Post").getItems().size() == 6);
        window.robot.clickOn("#filter-id").write("x").type(KeyCode.ENTER);
        waitUntil(() -> window.robot.lookup("#messageLabel").queryLabeled().getText().contains("\"x\" is not a whole number"));
        assertThat(window.grid("Post").getItems()).hasSize(6);
    }

    @Test
    void goToIdOpensAndSelectsThatRow() {
        window.robot.clickOn("#entity-User");
        waitUntil(() -> window.robot.lookup("#grid-User").tryQuery().isPresent() && window.grid("User").getItems().size() == 4);
        window.robot.clickOn("#goToIdField").write("3").type(KeyCode.ENTER);
        waitUntil(() -> window.grid("User").getSelectionModel().getSelectedIndex() == 0
                && window.cellText("User", 0, "username").equals("mary"));
        window.robot.clickOn("#goToIdField").eraseText(1).write("42").type(KeyCode.ENTER);
        waitUntil(() -> window.robot.lookup("#messageLabel").queryLabeled().getText().equals("There is no User with id 42."));
    }

    @Test
    void aToolbarTooltipIsMadeWhenThePointerFirstMovesOverItsButton() {
        javafx.scene.control.Button reload = window.robot.lookup("#reloadButton").queryAs(javafx.scene.control.Button.class);
        assertThat(reload.getTooltip()).as("not made with the window").isNull();

        window.robot.moveTo(reload).moveBy(2, 1);
        waitUntil(() -> reload.getTooltip() != null);

        assertThat(reload.getTooltip().getText()).isEqualTo("Read the schema, the row counts and the grid shown again (F5)");
    }
}
