package dev.rowboat.ui.help;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help › Keyboard shortcuts: every key the window and its grids answer, in a table. */
public final class ShortcutsDialog {
    private final List<Shortcuts.Shortcut> shortcuts;
    private final Stage stage = new Stage();

    @FXML private TableView<Shortcuts.Shortcut> shortcutsTable;
    @FXML private TableColumn<Shortcuts.Shortcut, String> keysColumn;
    @FXML private TableColumn<Shortcuts.Shortcut, String> actionColumn;
    @FXML private TableColumn<Shortcuts.Shortcut, String> whereColumn;
    @FXML private Button closeShortcutsButton;

    public ShortcutsDialog(List<Shortcuts.Shortcut> shortcuts, Window owner) {
        this.shortcuts = shortcuts;
        HelpStage.prepare(stage, dev.rowboat.ui.common.Fxml.load("/help/shortcuts-dialog.fxml", this), owner, "Keyboard shortcuts");
    }

    @FXML
    private void initialize() {
        keysColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().keys()));
        actionColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().action()));
        whereColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().where()));
        shortcutsTable.setItems(FXCollections.observableList(shortcuts));
        closeShortcutsButton.setOnAction(e -> stage.hide());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
