package dev.rowboat.ui.console;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The connection's console history, newest first, narrowed as the person types; the chosen statement goes to the editor. */
final class HistoryDialog {
    private final ConsoleViewModel viewModel;
    private final Window owner;

    HistoryDialog(ConsoleViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        this.owner = owner;
    }

    Optional<String> pick() {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Console history");
        dialog.setHeaderText("Statements run on this connection, newest first");
        dialog.initOwner(owner);
        TextField search = new TextField();
        search.setId("historySearch");
        search.setPromptText("Search…");
        ListView<String> list = new ListView<>();
        list.setId("historyList");
        list.setPrefSize(640, 360);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.strip().replaceAll("\\s+", " "));
            }
        });
        list.getItems().setAll(viewModel.searchHistory(""));
        search.textProperty().addListener((o, old, text) -> list.getItems().setAll(viewModel.searchHistory(text)));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.getDialogPane().setContent(new VBox(8, search, list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        javafx.application.Platform.runLater(search::requestFocus);
        return dialog.showAndWait();
    }
}
