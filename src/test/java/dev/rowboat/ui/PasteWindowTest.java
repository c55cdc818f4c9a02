package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+V in the Post grid of the sample, as a person pastes two lines copied from a spreadsheet. */
class PasteWindowTest {
    @TempDir
    Path home;
    private RowboatWindow window;

    @BeforeEach
    void openPosts() throws Exception {
        window = RowboatWindow.startAndWait(home, null);
        window.robot.clickOn("#entity-Post");
        waitUntil(() -> window.robot.lookup("#grid-Post").tryQuery().isPresent() && window.grid("Post").getItems().size() == 6);
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void pastedLinesChangeTheRowBelowAndAddANewRowUndoneInOneStep() {
        WaitForAsyncUtils.asyncFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("From the clipboard\nAnd a new row\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        WaitForAsyncUtils.waitForFxEvents();
        window.robot.clickOn(window.robot.lookup("#grid-Post .table-cell")
                .match(n -> "Hello from Mary.".equals(((javafx.scene.control.TableCell<?, ?>) n).getText())).queryAs(javafx.scene.Node.class));
        window.robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> window.grid("Post").getItems().size() == 7);
        assertThat(window.robot.lookup("#changesMessage").queryLabeled().getText()).isEqualTo("Pasted 1 changed row and 1 new row; Undo takes it back.");
        assertThat(window.robot.lookup("#grid-Post .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .anyMatch(c -> "From the clipboard".equals(c.getText())).anyMatch(c -> "And a new row".equals(c.getText()));
        window.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> window.grid("Post").getItems().size() == 6);
        assertThat(window.robot.lookup("#grid-Post .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .anyMatch(c -> "Hello from Mary.".equals(c.getText())).noneMatch(c -> "From the clipboard".equals(c.getText()));
    }
}
