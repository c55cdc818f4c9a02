package dev.rowboat.ui.transfer;

import dev.rowboat.data.transfer.ExportFormat;
import dev.rowboat.data.transfer.ValueText;
import dev.rowboat.schema.Dbms;
import dev.rowboat.ui.common.Fxml;
import java.io.File;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Export… window (its root's id: exportDialog): format, options, file, then progress and Cancel. */
public final class ExportDialog {
    private final ExportViewModel viewModel;
    private final Stage stage = new Stage();

    @FXML private Label exportWhat;
    @FXML private ComboBox<ExportFormat> exportFormat;
    @FXML private ComboBox<String> exportDelimiter;
    @FXML private ComboBox<ValueText.Binary> exportBinary;
    @FXML private ComboBox<Dbms> exportDialect;
    @FXML private TextField exportFile;
    @FXML private Button chooseExportFile;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportStatus;
    @FXML private Button startExport;
    @FXML private Button cancelExport;
    @FXML private Button closeExport;

    public ExportDialog(ExportViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        Parent root = Fxml.load("/transfer/export-dialog.fxml", this);
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle("Export " + viewModel.what());
        stage.setOnHidden(e -> viewModel.cancel()); // closing the window stops the export, leaving no file
    }

    @FXML
    private void initialize() {
        exportWhat.setText("Export " + viewModel.what());
        exportFormat.setItems(FXCollections.observableArrayList(ExportFormat.values()));
        exportFormat.setCellFactory(list -> new FormatCell());
        exportFormat.setButtonCell(new FormatCell());
        exportFormat.valueProperty().bindBidirectional(viewModel.formatProperty());
        exportDelimiter.setItems(FXCollections.observableArrayList(ExportViewModel.DELIMITERS));
        exportDelimiter.valueProperty().bindBidirectional(viewModel.delimiterProperty());
        exportDelimiter.disableProperty().bind(viewModel.csvProperty().not());
        exportBinary.setItems(FXCollections.observableArrayList(ValueText.Binary.values()));
        exportBinary.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ValueText.Binary binary) {
                return binary == null ? "" : binary == ValueText.Binary.HEX ? "\\x and hex (\\x0aff)" : "base64 (Cv8=)";
            }

            @Override
            public ValueText.Binary fromString(String text) {
                return null; // not editable
            }
        });
        exportDialect.setItems(FXCollections.observableArrayList(Dbms.values()));
        exportDialect.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Dbms dbms) {
                return dbms == null ? "" : dbms.displayName();
            }

            @Override
            public Dbms fromString(String text) {
                return null; // not editable
            }
        });
        exportDialect.valueProperty().bindBidirectional(viewModel.dialectProperty());
        exportDialect.disableProperty().bind(viewModel.sqlProperty().not());
        exportBinary.valueProperty().bindBidirectional(viewModel.binaryProperty());
        exportFile.textProperty().bindBidirectional(viewModel.fileProperty());
        chooseExportFile.setOnAction(e -> choose());
        exportProgress.progressProperty().bind(viewModel.progressProperty());
        exportProgress.visibleProperty().bind(viewModel.runningProperty().or(viewModel.progressProperty().greaterThan(0)));
        exportStatus.textProperty().bind(viewModel.statusProperty());
        startExport.disableProperty().bind(viewModel.canExportProperty().not());
        startExport.setOnAction(e -> viewModel.export());
        cancelExport.disableProperty().bind(viewModel.runningProperty().not());
        cancelExport.setOnAction(e -> viewModel.cancel());
        closeExport.setOnAction(e -> stage.hide());
    }

    public void show() {
        stage.show();
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        ExportFormat format = viewModel.formatProperty().get();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
        String current = viewModel.fileProperty().get();
        if (current != null && !current.isBlank()) {
            Path path = Path.of(current).toAbsolutePath();
            if (path.getParent() != null && path.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(path.getParent().toFile());
            }
            chooser.setInitialFileName(path.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            viewModel.fileProperty().set(chosen.getPath());
        }
    }

    private static final class FormatCell extends ListCell<ExportFormat> {
        @Override
        protected void updateItem(ExportFormat item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
