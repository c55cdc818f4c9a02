package dev.rowboat.ui.relations;

import dev.rowboat.data.paging.LabelMatch;
import dev.rowboat.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window for linking and unlinking a many-to-many's rows: what is linked (pending changes
 * marked), Unlink, and a search to Link from. Changes are pending edits at once; Done closes it.
 */
public final class LinkRowsDialog {
    private final LinkRowsViewModel viewModel;
    private final Parent root;
    private Stage stage;
    private LabelMatch selectedLink;

    @FXML private Label linkTitle;
    @FXML private ListView<LabelMatch> linkedList;
    @FXML private Label linkedStatus;
    @FXML private Button unlinkButton;
    @FXML private TextField addSearchField;
    @FXML private ListView<LabelMatch> candidateList;
    @FXML private Label candidateStatus;
    @FXML private Button linkButton;
    @FXML private Label linkMessage;
    @FXML private Button linkDoneButton;

    public LinkRowsDialog(LinkRowsViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load("/relations/link-rows.fxml", this);
    }

    @FXML
    private void initialize() {
        linkTitle.setText(viewModel.title());
        linkedList.setItems(viewModel.linked());
        linkedList.setCellFactory(list -> new StateCell());
        viewModel.linked().addListener((javafx.collections.ListChangeListener<LabelMatch>) c -> {
            // the list is rebuilt on every change: the row just unlinked stays selected, to take it back
            if (selectedLink != null && linkedList.getItems().contains(selectedLink)) {
                linkedList.getSelectionModel().select(selectedLink);
            }
            linkedList.refresh();
            candidateList.refresh();
            nameUnlinkButton();
        });
        linkedList.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                selectedLink = now;
            }
            nameUnlinkButton();
        });
        linkedStatus.textProperty().bind(viewModel.linkedStatusProperty());
        linkedList.getFocusModel().focusedIndexProperty().addListener((o, old, index) -> {
            if (index.intValue() >= linkedList.getItems().size() - 2) {
                viewModel.linkedSearch().loadMore();
            }
        });
        SearchControls.bind(addSearchField, candidateList, candidateStatus, viewModel.candidates(), viewModel::link);
        candidateList.setCellFactory(list -> new StateCell()); // a candidate linked in this dialog says so
        unlinkButton.setOnAction(e -> viewModel.unlink(linkedList.getSelectionModel().getSelectedItem()));
        unlinkButton.disableProperty().bind(linkedList.getSelectionModel().selectedItemProperty().isNull());
        linkedList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                viewModel.unlink(linkedList.getSelectionModel().getSelectedItem());
            }
        });
        linkButton.setOnAction(e -> viewModel.link(candidateList.getSelectionModel().getSelectedItem()));
        linkButton.disableProperty().bind(candidateList.getSelectionModel().selectedItemProperty().isNull());
        linkMessage.textProperty().bind(viewModel.messageProperty());
        linkDoneButton.setOnAction(e -> close());
    }

    /** "Keep linked" where the selected row is to be unlinked on Save, which the button then takes back. */
    private void nameUnlinkButton() {
        unlinkButton.setText(viewModel.unlinkPending(linkedList.getSelectionModel().getSelectedItem()) ? "Keep linked" : "Unlink");
    }

    /** A row with its pending change, if any: "python  (linked on Save)". */
    private final class StateCell extends ListCell<LabelMatch> {
        @Override
        protected void updateItem(LabelMatch item, boolean empty) {
            super.updateItem(item, empty);
            String state = empty || item == null ? "" : viewModel.stateOf(item);
            setText(empty || item == null ? null : item + (state.isEmpty() ? "" : "  (" + state + ")"));
        }
    }

    public void show(Window owner, Runnable onClosed) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(viewModel.title());
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            viewModel.linkedSearch().cancel();
            viewModel.candidates().cancel();
            onClosed.run();
        });
        stage.show();
        stage.toFront();
        stage.requestFocus();
        viewModel.load();
        addSearchField.requestFocus();
    }

    private void close() {
        if (stage != null) {
            stage.hide();
        }
    }
}
