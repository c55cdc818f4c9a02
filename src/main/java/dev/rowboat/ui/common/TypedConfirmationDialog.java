package dev.rowboat.ui.common;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The window that asks for the production database's name before a write (its root's id: typedConfirmDialog). */
public final class TypedConfirmationDialog {
    private final TypedConfirmationViewModel viewModel;
    private final Stage stage = new Stage();
    private boolean confirmed;

    @FXML private Label confirmQuestion;
    @FXML private Label confirmWord;
    @FXML private TextField confirmWordField;
    @FXML private Button confirmWordButton;
    @FXML private Button cancelConfirmButton;

    public TypedConfirmationDialog(TypedConfirmationViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        Parent root = Fxml.load("/common/typed-confirmation.fxml", this);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    @FXML
    private void initialize() {
        confirmWord.setText(viewModel.word());
        confirmWordField.textProperty().bindBidirectional(viewModel.typedProperty());
        confirmWordButton.disableProperty().bind(viewModel.matchesProperty().not());
        confirmWordButton.setOnAction(e -> close(true));
        confirmWordField.setOnAction(e -> {
            if (viewModel.matchesProperty().get()) { // Enter on a wrong name does nothing: the window waits for the right one
                close(true);
            }
        });
        cancelConfirmButton.setOnAction(e -> close(false));
    }

    /** Shows it and waits; true when the person typed the word and confirmed. */
    public boolean showAndWait(String title, String question) {
        stage.setTitle(title);
        confirmQuestion.setText(question);
        confirmWordField.requestFocus();
        stage.showAndWait();
        return confirmed;
    }

    private void close(boolean confirm) {
        confirmed = confirm && viewModel.matchesProperty().get();
        stage.hide();
    }
}
