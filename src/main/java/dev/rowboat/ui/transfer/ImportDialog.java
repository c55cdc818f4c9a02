package dev.rowboat.ui.transfer;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.transfer.ImportMapping;
import dev.rowboat.ui.common.Fxml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import preview's window: the file's format, a column mapping to edit, the first rows with
 * their problems marked, the counts, Upsert, and Import, which adds the rows as pending edits.
 * Its columns come from the file, so the mapping and the table's columns are built in code.
 */
public final class ImportDialog {
    private final ImportViewModel viewModel;
    private final Parent root;
    private Stage stage;

    @FXML private Label importTitle;
    @FXML private Label importFormat;
    @FXML private GridPane mappingGrid;
    @FXML private TableView<ImportViewModel.PreviewRow> previewTable;
    @FXML private Label importCounts;
    @FXML private CheckBox upsertCheck;
    @FXML private ProgressBar importProgress;
    @FXML private Label importMessage;
    @FXML private Button saveReportButton;
    @FXML private Button importButton;
    @FXML private Button importCloseButton;

    public ImportDialog(ImportViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load("/transfer/import-preview.fxml", this);
    }

    @FXML
    private void initialize() {
        importTitle.setText("Import into " + viewModel.entity().name());
        importFormat.textProperty().bind(viewModel.formatProperty());
        importMessage.textProperty().bind(viewModel.messageProperty());
        importCounts.textProperty().bind(viewModel.validProperty().asString("%d rows convert, ")
                .concat(viewModel.refusedProperty().asString("%d refused")));
        importProgress.visibleProperty().bind(viewModel.busyProperty());
        importProgress.progressProperty().bind(viewModel.progressProperty());
        upsertCheck.selectedProperty().bindBidirectional(viewModel.upsertProperty());
        importButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.validProperty().isEqualTo(0))
                .or(viewModel.importedProperty()));
        saveReportButton.disableProperty().bind(viewModel.reportProperty().isEmpty());
        previewTable.setItems(viewModel.preview());
        viewModel.mappingProperty().addListener((o, old, mapping) -> {
            if (old == null || !old.fileColumns().equals(mapping.fileColumns())) {
                buildColumns(mapping);
            }
            showMapping(mapping);
        });
        importButton.setOnAction(e -> viewModel.importRows());
        importCloseButton.setOnAction(e -> stage.hide());
        saveReportButton.setOnAction(e -> saveReport());
    }

    private void buildColumns(ImportMapping mapping) {
        previewTable.getColumns().clear();
        TableColumn<ImportViewModel.PreviewRow, String> line = new TableColumn<>("line");
        line.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().line())));
        previewTable.getColumns().add(line);
        for (int i = 0; i < mapping.fileColumns().size(); i++) {
            int index = i;
            TableColumn<ImportViewModel.PreviewRow, String> column = new TableColumn<>(mapping.fileColumns().get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new ProblemCell(index));
            column.setPrefWidth(140);
            previewTable.getColumns().add(column);
        }
    }

    /** One ComboBox per file column: an attribute, or skip. */
    private void showMapping(ImportMapping mapping) {
        mappingGrid.getChildren().clear();
        for (int i = 0; i < mapping.fileColumns().size(); i++) {
            int index = i;
            ComboBox<String> target = new ComboBox<>();
            target.setId("map-" + i);
            target.getItems().setAll(viewModel.choices());
            target.setValue(mapping.target(i).map(AttributeInfo::name).orElse(ImportViewModel.SKIP));
            target.setOnAction(e -> {
                if (!target.getValue().equals(mapping.target(index).map(AttributeInfo::name).orElse(ImportViewModel.SKIP))) {
                    viewModel.map(index, target.getValue());
                }
            });
            mappingGrid.addRow(i, new Label(mapping.fileColumns().get(i) + "  →"), target);
        }
    }

    /** A file's text, NULL shown as such, marked with its problem. */
    private static final class ProblemCell extends TableCell<ImportViewModel.PreviewRow, String> {
        private final int column;

        ProblemCell(int column) {
            this.column = column;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            ImportViewModel.PreviewRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            String problem = row == null ? null : row.problems().get(column);
            setText(empty ? null : item == null ? "NULL" : item);
            setTooltip(problem == null ? null : new Tooltip(problem));
            setStyle(problem == null ? "" : "-fx-background-color: #f8d7da; -fx-text-fill: #842029;");
        }
    }

    private void saveReport() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("import-report.txt");
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                Files.writeString(file.toPath(), viewModel.reportProperty().get(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                viewModel.messageProperty().set("Could not save the report: " + e.getMessage());
            }
        }
    }

    /** Opens the window over the main one and reads the file into it. */
    public void show(Window owner, Path file) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import into " + viewModel.entity().name());
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        viewModel.load(file, null);
    }
}
