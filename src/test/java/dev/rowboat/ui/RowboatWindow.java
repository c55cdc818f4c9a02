package dev.rowboat.ui;

import dev.rowboat.app.RowboatApplication;
import dev.rowboat.data.DataLocations;
import dev.rowboat.data.paging.Row;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application headless for a test, and helps the test wait for it like a person would. */
final class RowboatWindow {
    private final Application app;
    final FxRobot robot = new FxRobot();

    private RowboatWindow(Application app) {
        this.app = app;
    }

    static RowboatWindow start(Path home, String url, Map<String, String> environment) throws Exception {
        return start(home, url, environment, dev.rowboat.schema.Safeguards.NONE);
    }

    /** Starts as {@code --read-only} and {@code --production} would. */
    static RowboatWindow start(Path home, String url, Map<String, String> environment, dev.rowboat.schema.Safeguards marks)
            throws Exception {
        FxToolkit.registerPrimaryStage();
        var config = new RowboatApplication.AppConfig(url, environment, new DataLocations(home), true, marks);
        Application app = FxToolkit.setupApplication(() -> new RowboatApplication(config));
        return new RowboatWindow(app);
    }

    /** Starts on {@code url} (null: the embedded sample) and waits until its entities are listed. */
    static RowboatWindow startAndWait(Path home, String url) throws Exception {
        // the sample's four entities and its two link tables, listed without a grid of their own
        return startAndWait(home, url, 6);
    }

    /** Starts on a database and waits until its entity list shows {@code tables} lines. */
    static RowboatWindow startAndWait(Path home, String url, int tables) throws Exception {
        RowboatWindow window = start(home, url, Map.of());
        javafx.scene.control.ListView<?> entities = window.robot.lookup("#entityList").queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> entities.getItems().size() == tables);
        return window;
    }

    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The window did not get there within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    TableView<Row> grid(String entity) {
        return robot.lookup("#grid-" + entity).queryAs(TableView.class);
    }

    /** The text a cell shows, as the person reads it. */
    String cellText(String entity, int row, String attribute) {
        TableView<Row> grid = grid(entity);
        var column = grid.getColumns().stream().filter(c -> ("col-" + attribute).equals(c.getId())).findFirst().orElseThrow();
        Object value = column.getCellData(row);
        return value == null ? "NULL" : value.toString();
    }
}
