package dev.rowboat.ui.connect;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** File > Open database (Ctrl+O): a small modal window over the main one. */
public final class ConnectDialog {
    private final ConnectViewModel viewModel;
    private final Stage stage = new Stage();

    @FXML private ComboBox<String> urlField;
    @FXML private PasswordField passwordField;
    @FXML private CheckBox readOnlyCheck;
    @FXML private CheckBox productionCheck;
    @FXML private CheckBox rememberPasswordCheck;
    @FXML private Label errorLabel;
    @FXML private Button connectButton;
    @FXML private Button cancelButton;
    @FXML private Button browseButton;
    @FXML private ProgressIndicator connectingIndicator;

    public ConnectDialog(ConnectViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        Parent root = dev.rowboat.ui.common.Fxml.load("/connect/connect-dialog.fxml", this);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Open database");
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    @FXML
    private void initialize() {
        urlField.setItems(viewModel.recentUrls());
        urlField.getEditor().textProperty().bindBidirectional(viewModel.urlProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        readOnlyCheck.selectedProperty().bindBidirectional(viewModel.readOnlyProperty());
        productionCheck.selectedProperty().bindBidirectional(viewModel.productionProperty());
        rememberPasswordCheck.selectedProperty().bindBidirectional(viewModel.rememberPasswordProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        // once shown, the window keeps its size: it grows to hold a long error rather than cut it off with "…"
        viewModel.errorProperty().addListener((o, old, now) -> javafx.application.Platform.runLater(this::growToFit));
        connectingIndicator.visibleProperty().bind(viewModel.connectingProperty());
        connectButton.disableProperty().bind(viewModel.connectingProperty().or(viewModel.urlProperty().isEmpty()));
        connectButton.setOnAction(e -> viewModel.connect(stage::hide));
        urlField.getEditor().setOnAction(e -> viewModel.connect(stage::hide));
        passwordField.setOnAction(e -> viewModel.connect(stage::hide));
        cancelButton.setOnAction(e -> stage.hide());
        browseButton.setOnAction(e -> browse());
    }

    public void show() {
        viewModel.errorProperty().set("");
        stage.show();
        stage.toFront();
        urlField.getEditor().requestFocus();
    }

    public void showWith(String url) {
        viewModel.urlProperty().set(url);
        show();
    }

    private void growToFit() {
        Scene scene = stage.getScene();
        if (!stage.isShowing()) {
            return;
        }
        scene.getRoot().applyCss();
        double extra = scene.getRoot().prefHeight(scene.getWidth()) - scene.getHeight();
        if (extra > 0) {
            stage.sizeToScene(); // setHeight alone was not carried out on X11 without a window manager (Xvfb)
        }
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a SQLite or H2 database file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Database files", "*.db", "*.sqlite", "*.sqlite3", "*.mv.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            viewModel.useFile(file.toPath());
        }
    }
}
