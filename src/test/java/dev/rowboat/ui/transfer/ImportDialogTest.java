package dev.rowboat.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.DirectTaskExecutor;
import dev.rowboat.ui.edit.ChangesViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview window as a person uses it: read the mapping and the marked rows, skip a column, Import. */
class ImportDialogTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theMappingAndTheRefusedRowShowAndImportAddsTheRestAsPendingRows() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (TestDatabase test = TestDatabase.create(Dbms.H2); OpenDatabase db = test.openWithSample()) {
            Path file = Files.writeString(dir.resolve("posts.csv"), "id\tbody\ttimestamp\tuser_id\n"
                    + "801\tone\t2024-01-02T03:04:05\t1\n802\ttwo\tnot a date\t1\n803\tthree\t\t2\n", StandardCharsets.UTF_8);
            ChangesViewModel changes = new ChangesViewModel(db::changes, new DirectTaskExecutor());
            ImportViewModel vm = new ImportViewModel(db.catalog().get("Post"), db::catalog, ImportViewModel.Target.of(db.imports()),
                    changes, new DirectTaskExecutor());
            WaitForAsyncUtils.asyncFx(() -> new ImportDialog(vm).show(null, file));
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(robot.lookup("#importFormat").queryLabeled().getText()).isEqualTo("CSV (tab), 3 rows");
            assertThat(robot.lookup("#importCounts").queryLabeled().getText()).isEqualTo("2 rows convert, 1 refused");
            assertThat(robot.lookup("#previewTable").queryAs(TableView.class).getItems()).hasSize(3);
            assertThat(robot.lookup("#previewTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                    .anyMatch(c -> "not a date".equals(c.getText()) && c.getTooltip() != null
                            && c.getTooltip().getText().startsWith("\"not a date\" is not a date and time"));

            // chosen in the list itself: its popup is a window of its own, which a headless robot
            // reaches unreliably once other tests' windows have come and gone in the same JVM
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<String> timestamp = robot.lookup("#map-2").queryAs(javafx.scene.control.ComboBox.class);
            robot.interact(() -> timestamp.getSelectionModel().select(ImportViewModel.SKIP));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#importCounts").queryLabeled().getText()).isEqualTo("3 rows convert, 0 refused");

            robot.clickOn("#importButton");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(changes.pending().count()).isEqualTo(3);
            assertThat(robot.lookup("#importMessage").queryLabeled().getText()).startsWith("3 rows imported, 0 refused.");
        }
    }
}
