package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The query console as a person uses it on the sample: Ctrl+Shift+Q, the tutorial's query under
 * the caret with Ctrl+Enter, an UPDATE that waits for Save, an error that points at its place, and
 * the history under Ctrl+Up.
 */
class ConsoleWindowTest {
    @TempDir
    Path home;
    private RowboatWindow window;

    @BeforeEach
    void openTheSample() throws Exception {
        window = RowboatWindow.startAndWait(home, null);
        window.robot.clickOn("#entityList");
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#consoleEditor").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void theTutorialsQueryUnderTheCaretOpensUsersGridInItsOrder() {
        CodeArea editor = editor();
        assertThat(editor.getText()).contains("User.query.order_by(User.username.desc())").contains("from User u order by u.username desc;");
        WaitForAsyncUtils.asyncFx(() -> editor.moveTo(editor.getText().indexOf("u.username desc") + 3));
        WaitForAsyncUtils.waitForFxEvents();
        window.robot.clickOn("#consoleRunButton");
        waitUntil(() -> window.robot.lookup("#consoleResults #grid-User").tryQuery().isPresent()
                && window.grid("User").getItems().size() == 4);
        assertThat(List.of(window.cellText("User", 0, "username"), window.cellText("User", 1, "username"),
                window.cellText("User", 2, "username"), window.cellText("User", 3, "username")))
                .containsExactly("susan", "mary", "john", "david");
    }

    @Test
    void anUpdateWaitsForSaveAndSqlShowsTheDatabaseBeforeAndAfter() {
        chooseLanguage("SQL");
        replaceText("SELECT body FROM post WHERE id = 1");
        window.robot.clickOn("#consoleEditor").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> firstCellOfLastResult() != null);
        String before = firstCellOfLastResult();

        replaceText("UPDATE post SET body = 'written from the console' WHERE id = 1");
        window.robot.clickOn("#consoleEditor").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> "1 unsaved change".equals(window.robot.lookup("#pendingLabel").queryLabeled().getText()));
        assertThat(message()).startsWith("1 row will change when you Save");

        replaceText("SELECT body FROM post WHERE id = 1");
        runAndWaitForResult(2);
        assertThat(firstCellOfLastResult()).as("nothing is written before Save").isEqualTo(before);

        window.robot.clickOn("#saveButton");
        waitUntil(() -> window.robot.lookup("#pendingLabel").queryLabeled().getText().isEmpty());
        runAndWaitForResult(3);
        assertThat(firstCellOfLastResult()).isEqualTo("written from the console");
    }

    @Test
    void anErrorPointsAtItsPlaceAndTheHistoryStepsBack() {
        replaceText("from User where username = 'john'");
        window.robot.clickOn("#consoleRunButton");
        waitUntil(() -> window.robot.lookup("#consoleResults #grid-User").tryQuery().isPresent());

        replaceText("from User where nmae = 'john'");
        window.robot.clickOn("#consoleRunButton");
        waitUntil(() -> message().contains("nmae"));
        assertThat(message()).startsWith("Line 1, column 17:");
        assertThat(editor().getCaretPosition()).isEqualTo("from User where ".length());

        window.robot.clickOn("#consoleEditor").press(KeyCode.CONTROL, KeyCode.UP).release(KeyCode.UP, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().getText()).isEqualTo("from User where nmae = 'john'");
        window.robot.press(KeyCode.CONTROL, KeyCode.UP).release(KeyCode.UP, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().getText()).isEqualTo("from User where username = 'john'");
    }

    private void runAndWaitForResult(int results) {
        window.robot.clickOn("#consoleRunButton");
        waitUntil(() -> window.robot.lookup("#consoleResults").queryAs(TabPane.class).getTabs().size() == results
                && firstCellOfLastResult() != null);
    }

    private CodeArea editor() {
        return window.robot.lookup("#consoleEditor").queryAs(CodeArea.class);
    }

    private void replaceText(String text) {
        WaitForAsyncUtils.asyncFx(() -> {
            editor().replaceText(text);
            editor().moveTo(text.length());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void chooseLanguage(String language) {
        ChoiceBox<Object> box = window.robot.lookup("#consoleLanguage").queryAs(ChoiceBox.class);
        WaitForAsyncUtils.asyncFx(() -> box.getItems().stream().filter(l -> l.toString().equals(language)).findFirst().ifPresent(box::setValue));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message() {
        return window.robot.lookup("#consoleMessage").queryAs(Label.class).getText();
    }

    /** The first value of the selected result tab's rows, as read. */
    @SuppressWarnings("unchecked")
    private String firstCellOfLastResult() {
        TabPane results = window.robot.lookup("#consoleResults").queryAs(TabPane.class);
        if (results.getTabs().isEmpty()) {
            return null;
        }
        var tables = window.robot.from(results.getTabs().get(results.getTabs().size() - 1).getContent()).lookup(".console-rows")
                .queryAllAs(TableView.class);
        if (tables.isEmpty()) {
            return null;
        }
        TableView<List<Object>> table = tables.iterator().next();
        return table.getItems().isEmpty() ? null : String.valueOf(table.getItems().get(0).get(0));
    }
}
