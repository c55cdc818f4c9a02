package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.Main;
import dev.rowboat.schema.Safeguards;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window on a read-only connection (nothing starts editing, Save is off, and it says why) and
 * on a production one (a badge and a frame, and Save waits for the database's name to be typed).
 */
class ReadOnlyWindowTest {
    @TempDir
    Path home;
    @TempDir
    Path data;
    private Path file;
    private RowboatWindow window;

    @BeforeEach
    void writeTheSample() {
        file = data.resolve("blog.db");
        assertThat(Main.run("sample", "--url", "sqlite:///" + file)).isZero();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    private void start(Safeguards marks) throws Exception {
        window = RowboatWindow.start(home, "sqlite:///" + file, Map.of(), marks);
        ListView<?> entities = window.robot.lookup("#entityList").queryAs(ListView.class);
        waitUntil(() -> entities.getItems().size() == 6 && window.robot.lookup("#statusLabel").queryLabeled().getText().startsWith("Connected"));
    }

    private void open(String entity, int rows) {
        window.robot.clickOn("#entity-" + entity);
        waitUntil(() -> window.robot.lookup("#grid-" + entity).tryQuery().isPresent() && window.grid(entity).getItems().size() == rows);
    }

    private Node usernameCell(int row) {
        var grid = window.grid("User");
        int column = 0;
        while (!("col-username").equals(grid.getColumns().get(column).getId())) {
            column++;
        }
        return window.robot.lookup("#grid-User .table-row-cell").nth(row).lookup(".table-cell").nth(column).query();
    }

    private String pending() {
        return window.robot.lookup("#pendingLabel").queryAs(Label.class).getText();
    }

    private String username(int id) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var rs = c.createStatement()
                .executeQuery("select username from user where id = " + id)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Stage mainStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w.getScene() != null && "mainRoot".equals(w.getScene().getRoot().getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void aReadOnlyConnectionShowsRowsButNothingStartsEditingAndSaveIsOffWithTheReason() throws Exception {
        start(new Safeguards(true, false));
        open("User", 4);

        window.robot.doubleClickOn(usernameCell(2));
        window.robot.write("x").type(KeyCode.ENTER);
        assertThat(window.grid("User").getEditingCell()).as("no cell editor opens").isNull();
        window.robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL); // Add row
        window.robot.type(KeyCode.DELETE);
        assertThat(window.grid("User").getItems()).hasSize(4);
        assertThat(pending()).as("nothing pending").isEmpty();
        assertThat(window.cellText("User", 2, "username")).isEqualTo("mary");

        assertThat(window.robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(dev.rowboat.ui.common.Tips.text(window.robot.lookup("#saveButton").queryAs(Button.class))).startsWith("Read-only connection");
        assertThat(window.robot.lookup("#addRowButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(window.robot.lookup("#deleteRowButton").queryAs(Button.class).isDisabled()).isTrue();
        Label badge = window.robot.lookup("#readOnlyBadge").queryAs(Label.class);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("Read-only connection");
        assertThat(window.robot.lookup("#readOnlyLabel").queryAs(Label.class).isVisible()).as("said in the grid too").isTrue();
        assertThat(window.robot.lookup("#statusLabel").queryLabeled().getText()).isEqualTo("Connected to jdbc:sqlite:" + file + " (read-only)");
        assertThat(mainStage().getTitle()).isEqualTo("blog.db (read-only) — Rowboat");
        assertThat(window.robot.lookup("#productionBadge").queryAs(Label.class).isVisible()).isFalse();
        assertThat(username(3)).isEqualTo("mary");
    }

    @Test
    void aProductionConnectionIsMarkedAndSavesOnlyOnceItsNameIsTyped() throws Exception {
        start(new Safeguards(false, true));
        assertThat(window.robot.lookup("#productionBadge").queryAs(Label.class).isVisible()).isTrue();
        assertThat(window.robot.lookup("#mainRoot").query().getStyleClass()).contains("production-frame");
        assertThat(mainStage().getTitle()).isEqualTo("PRODUCTION — blog.db — Rowboat");
        assertThat(window.robot.lookup("#readOnlyBadge").queryAs(Label.class).isVisible()).isFalse();
        open("User", 4);

        window.robot.doubleClickOn(usernameCell(2)).eraseText(4).write("maria").type(KeyCode.ENTER);
        waitUntil(() -> pending().equals("1 unsaved change"));

        window.robot.clickOn("#saveButton");
        waitUntil(() -> window.robot.lookup("#typedConfirmDialog").tryQuery().isPresent());
        assertThat(window.robot.lookup("#confirmWord").queryAs(Label.class).getText()).isEqualTo("blog.db");
        window.robot.clickOn("#confirmWordField").write("blog").type(KeyCode.ENTER);
        Button confirm = window.robot.lookup("#confirmWordButton").queryAs(Button.class);
        assertThat(confirm.isDisabled()).as("a wrong name confirms nothing").isTrue();
        assertThat(window.robot.lookup("#typedConfirmDialog").tryQuery()).as("Enter on a wrong name keeps asking").isPresent();
        window.robot.clickOn("#cancelConfirmButton");
        waitUntil(() -> window.robot.lookup("#typedConfirmDialog").tryQuery().isEmpty());
        assertThat(pending()).as("the edit is kept").isEqualTo("1 unsaved change");
        assertThat(window.robot.lookup("#changesMessage").queryAs(Label.class).getText()).startsWith("Not saved");
        assertThat(username(3)).as("nothing written").isEqualTo("mary");

        window.robot.clickOn("#saveButton");
        waitUntil(() -> window.robot.lookup("#typedConfirmDialog").tryQuery().isPresent());
        TextField field = window.robot.lookup("#confirmWordField").queryAs(TextField.class);
        window.robot.clickOn(field).write("blog.db");
        assertThat(window.robot.lookup("#confirmWordButton").queryAs(Button.class).isDisabled()).isFalse();
        window.robot.clickOn("#confirmWordButton");
        waitUntil(() -> pending().isEmpty());
        assertThat(username(3)).isEqualTo("maria");
    }

    @Test
    void theConnectDialogBringsARecentConnectionsMarksBackAndOpensWithTheOnesTicked() throws Exception {
        start(new Safeguards(true, true)); // remembered so by the start-up open
        window.robot.press(KeyCode.CONTROL).press(KeyCode.O).release(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#urlField").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> url = window.robot.lookup("#urlField").queryAs(javafx.scene.control.ComboBox.class);
        javafx.scene.control.CheckBox readOnly = window.robot.lookup("#readOnlyCheck").queryAs(javafx.scene.control.CheckBox.class);
        javafx.scene.control.CheckBox production = window.robot.lookup("#productionCheck").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(url.getItems().stream().map(String::valueOf)).contains("sqlite:///" + file);
        window.robot.interact(() -> url.getEditor().setText(""));
        window.robot.clickOn(url.getEditor()).write("sqlite:///" + file);
        waitUntil(() -> readOnly.isSelected() && production.isSelected());

        window.robot.clickOn(production); // this time not production
        window.robot.clickOn("#connectButton");
        waitUntil(() -> !window.robot.lookup("#productionBadge").queryAs(Label.class).isVisible()
                && window.robot.lookup("#statusLabel").queryLabeled().getText().endsWith("(read-only)"));
        assertThat(window.robot.lookup("#readOnlyBadge").queryAs(Label.class).isVisible()).isTrue();
        assertThat(window.robot.lookup("#mainRoot").query().getStyleClass()).doesNotContain("production-frame");
        assertThat(java.nio.file.Files.readString(home.resolve("recent-connections.txt")))
                .startsWith("sqlite:///" + file + "\tread-only\n");
    }
}
