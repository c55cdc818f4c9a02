package dev.rowboat.ui.migrate;

import dev.rowboat.ui.common.Fxml;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;

/** Controller of the migration panel: binds the view-model, opens the folder chooser and the review dialog. */
public final class MigrationPanelView {
    private final MigrationPanelViewModel viewModel;
    private final Parent root;

    @FXML private Button upgradeButton;
    @FXML private Button downgradeButton;
    @FXML private Button autogenerateButton;
    @FXML private Button useFolderButton;
    @FXML private Button alembicCommandButton;
    @FXML private Button stampButton;
    @FXML private Button startHistoryButton;
    @FXML private ProgressBar migrationProgress;
    @FXML private Label readOnlyLabel;
    @FXML private Label migrationStatus;
    @FXML private Label repositoryLocation;
    @FXML private TableView<RevisionRow> revisionList;
    @FXML private TableColumn<RevisionRow, String> graphColumn;
    @FXML private TableColumn<RevisionRow, String> stateColumn;
    @FXML private TableColumn<RevisionRow, String> idColumn;
    @FXML private TableColumn<RevisionRow, String> messageColumn;
    @FXML private TableColumn<RevisionRow, String> createdColumn;
    @FXML private Label previewTitle;
    @FXML private TextArea sqlPreview;
    @FXML private ListView<String> migrationLog;

    public MigrationPanelView(MigrationPanelViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load("/migrate/migration-panel.fxml", this);
    }

    public Parent root() {
        return root;
    }

    public MigrationPanelViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        column(graphColumn, RevisionRow::lanes);
        column(stateColumn, RevisionRow::state);
        column(idColumn, r -> r.id() + (r.marks().isEmpty() ? "" : "  · " + r.marks()));
        column(messageColumn, RevisionRow::message);
        column(createdColumn, RevisionRow::created);
        revisionList.setItems(viewModel.revisions());
        revisionList.setRowFactory(table -> new StateRow());
        revisionList.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((o, old, row) -> {
            if (row != revisionList.getSelectionModel().getSelectedItem()) {
                revisionList.getSelectionModel().select(row);
            }
        });
        upgradeButton.textProperty().bind(viewModel.upgradeTextProperty());
        downgradeButton.textProperty().bind(viewModel.downgradeTextProperty());
        upgradeButton.disableProperty().bind(viewModel.canUpgradeProperty().not().or(viewModel.runningProperty()));
        downgradeButton.disableProperty().bind(viewModel.canDowngradeProperty().not().or(viewModel.runningProperty()));
        // A database Rowboat does not own is offered no run at all; one without a version table, a baseline instead.
        var notOwned = viewModel.otherToolsDatabaseProperty().or(viewModel.canStartHistoryProperty());
        showUnless(upgradeButton, notOwned);
        showUnless(downgradeButton, notOwned);
        // the empty list's hint: autogenerate is no way forward where another tool owns the database
        javafx.scene.control.Label emptyHint = new javafx.scene.control.Label();
        emptyHint.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.otherToolsDatabaseProperty())
                .then("Rowboat shows no revisions of its own for a database another tool manages.")
                .otherwise("No revisions in this repository yet. Autogenerate one from the model."));
        revisionList.setPlaceholder(emptyHint);
        startHistoryButton.visibleProperty().bind(viewModel.canStartHistoryProperty());
        startHistoryButton.managedProperty().bind(startHistoryButton.visibleProperty());
        startHistoryButton.disableProperty().bind(viewModel.runningProperty());
        autogenerateButton.disableProperty().bind(viewModel.runningProperty().or(viewModel.otherToolsDatabaseProperty()));
        useFolderButton.disableProperty().bind(viewModel.runningProperty());
        alembicCommandButton.visibleProperty().bind(viewModel.alembicProjectProperty());
        alembicCommandButton.managedProperty().bind(viewModel.alembicProjectProperty());
        stampButton.disableProperty().bind(viewModel.runningProperty().or(viewModel.selectedProperty().isNull())
                .or(viewModel.otherToolsDatabaseProperty()));
        if (viewModel.readOnly()) {
            // nothing that writes: the buttons stay where a person looks for them, off, with the reason beside them
            for (Button writes : new Button[] {upgradeButton, downgradeButton, startHistoryButton, autogenerateButton, stampButton}) {
                writes.disableProperty().unbind();
                writes.setDisable(true);
            }
        }
        readOnlyLabel.setVisible(viewModel.readOnly());
        readOnlyLabel.setManaged(viewModel.readOnly());
        migrationProgress.visibleProperty().bind(viewModel.runningProperty());
        // Out of the flow while idle, so it does not hold a line of its own when the buttons wrap.
        migrationProgress.managedProperty().bind(migrationProgress.visibleProperty());
        // a run fills it a revision at a time; planning, and a run before its first revision, spin
        migrationProgress.progressProperty().bind(viewModel.progressProperty());
        migrationStatus.textProperty().bind(viewModel.statusProperty());
        repositoryLocation.textProperty().bind(viewModel.locationTextProperty());
        previewTitle.textProperty().bind(viewModel.previewTitleProperty());
        sqlPreview.textProperty().bind(viewModel.sqlPreviewProperty());
        migrationLog.setItems(viewModel.log());
        viewModel.log().addListener((javafx.collections.ListChangeListener<String>) c -> migrationLog.scrollTo(viewModel.log().size() - 1));
    }

    private static void showUnless(Button button, javafx.beans.value.ObservableBooleanValue hidden) {
        button.visibleProperty().bind(javafx.beans.binding.Bindings.not(hidden));
        button.managedProperty().bind(button.visibleProperty());
    }

    private static void column(TableColumn<RevisionRow, String> column, Function<RevisionRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    private void upgrade() {
        viewModel.upgrade();
    }

    @FXML
    private void downgrade() {
        viewModel.downgrade();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void autogenerate() {
        viewModel.autogenerate(draft -> new AutogenerateDialog(draft, root.getScene().getWindow()).show());
    }

    @FXML
    private void stamp() {
        viewModel.stamp();
    }

    @FXML
    private void startHistory() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Empty folder for this database's new migration history");
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            viewModel.startHistory(folder.toPath());
        }
    }

    @FXML
    private void chooseAlembicCommand() {
        viewModel.chooseAlembicCommand();
    }

    @FXML
    private void useFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for this database's migration revisions");
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            viewModel.useFolder(folder.toPath());
        }
    }

    /** Pending rows look pending, the current one stands out. */
    private static final class StateRow extends TableRow<RevisionRow> {
        @Override
        protected void updateItem(RevisionRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("revision-pending", "revision-applied", "revision-current");
            if (!empty && row != null) {
                getStyleClass().add(row.current() ? "revision-current" : row.applied() ? "revision-applied" : "revision-pending");
            }
        }
    }
}
