package dev.rowboat.ui.relations;

import dev.rowboat.data.paging.LabelMatch;
import dev.rowboat.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The to-one picker's window: a search field over the target's labels, the matches with their
 * ids, and Choose, Set NULL (when allowed) and Cancel. It does not wait: {@link #show} returns at
 * once and the choice arrives through the view-model.
 */
public final class ToOnePickerDialog {
    private final ToOnePickerViewModel viewModel;
    private final Parent root;
    private Stage stage;

    @FXML private Label pickerTitle;
    @FXML private TextField pickerSearchField;
    @FXML private ListView<LabelMatch> pickerList;
    @FXML private Label pickerStatus;
    @FXML private Button pickerClearButton;
    @FXML private Button pickerCancelButton;
    @FXML private Button pickerChooseButton;

    public ToOnePickerDialog(ToOnePickerViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load("/relations/to-one-picker.fxml", this);
    }

    @FXML
    private void initialize() {
        pickerTitle.setText(viewModel.title());
        SearchControls.bind(pickerSearchField, pickerList, pickerStatus, viewModel.search(), this::choose);
        pickerClearButton.setVisible(viewModel.canClear());
        pickerClearButton.setManaged(viewModel.canClear());
        pickerClearButton.setOnAction(e -> {
            close();
            viewModel.clear();
        });
        pickerCancelButton.setOnAction(e -> close());
        pickerChooseButton.setOnAction(e -> choose(pickerList.getSelectionModel().getSelectedItem()));
        pickerChooseButton.disableProperty().bind(pickerList.getSelectionModel().selectedItemProperty().isNull());
    }

    /**
     * Opens over {@code owner}, searching for {@code seed} (what the person began to type), or
     * listing the first rows; {@code onClosed} runs however it closes.
     */
    public void show(Window owner, String seed, Runnable onClosed) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(viewModel.title());
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) { // before the list, which takes Escape for itself
                e.consume();
                close();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            viewModel.search().cancel();
            onClosed.run();
        });
        stage.show();
        stage.toFront();
        stage.requestFocus(); // not every platform focuses a new window (Monocle does not)
        String text = seed == null ? "" : seed;
        pickerSearchField.setText(text);
        pickerSearchField.end();
        viewModel.search().search(text); // at once: the pause is for typing, not for opening
        pickerSearchField.requestFocus();
    }

    private void choose(LabelMatch match) {
        if (match != null) {
            close();
            viewModel.choose(match);
        }
    }

    private void close() {
        if (stage != null) {
            stage.hide();
        }
    }
}
