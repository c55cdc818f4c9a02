package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Export and copy as a person does them on the sample: a filtered grid to a file, cells to the clipboard. */
class ExportWindowTest {
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
    void fileExportRowsWritesTheFilteredGridAndSaysSo() throws Exception {
        window.robot.clickOn("#filter-body").write("coffee").type(KeyCode.ENTER);
        waitUntil(() -> window.grid("Post").getItems().size() == 1);
        window.robot.clickOn("File").clickOn("Export rows…");
        waitUntil(() -> window.robot.lookup("#exportFile").tryQuery().isPresent());
        Path file = home.resolve("coffee.csv");
        TextField name = window.robot.lookup("#exportFile").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> name.setText(file.toString()));
        WaitForAsyncUtils.waitForFxEvents();
        window.robot.clickOn("#startExport");
        Label status = window.robot.lookup("#exportStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Exported"));
        assertThat(status.getText()).isEqualTo("Exported 1 row to " + file + ".");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("id,body,timestamp,user_id");
        assertThat(lines.get(1)).startsWith("5,Anyone for coffee?,").endsWith(",2");
        window.robot.clickOn("#closeExport");
    }

    @Test
    void ctrlCCopiesTheSelectedCellsAsTabSeparatedText() {
        var grid = window.grid("Post");
        TableColumn<?, ?> body = grid.getColumns().stream().filter(c -> "col-body".equals(c.getId())).findFirst().orElseThrow();
        TableColumn<?, ?> author = grid.getColumns().stream().filter(c -> "col-author".equals(c.getId())).findFirst().orElseThrow();
        window.robot.clickOn("#grid-Post .table-row-cell"); // focus the grid without moving the keys that follow
        WaitForAsyncUtils.asyncFx(() -> grid.getSelectionModel().selectRange(0, (TableColumn) body, 1, (TableColumn) author));
        WaitForAsyncUtils.waitForFxEvents();
        window.robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> copied = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        WaitForAsyncUtils.waitForFxEvents();
        // body, timestamp and author of the first two posts, as the cells show them (the author by name)
        assertThat(copied.get()).isEqualTo("Beautiful day in Portland!\t2023-01-01 09:00:00 UTC\tjohn\n"
                + "Learning Flask-Migrate today.\t2023-01-02 10:00:00 UTC\tjohn\n");
    }
}
