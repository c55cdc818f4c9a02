package dev.rowboat.ui.relations;

import dev.rowboat.data.paging.LabelMatch;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;

/**
 * Binds a search field, a result list and a status line to a {@link LabelSearchModel}: typing
 * searches once the person pauses, reaching the end of the list (scrolling, or moving the focus
 * there by keyboard) reads the next page, Enter or a double click chooses.
 */
final class SearchControls {
    /** Long enough not to query on every key of a word, short enough to feel immediate. */
    static final Duration PAUSE = Duration.millis(150);

    private SearchControls() {
    }

    static void bind(TextField field, ListView<LabelMatch> list, Label status, LabelSearchModel search, Consumer<LabelMatch> choose) {
        list.setItems(search.matches());
        status.textProperty().bind(search.statusProperty());
        PauseTransition pause = new PauseTransition(PAUSE);
        boolean[] chooseWhenFound = new boolean[1];
        search.loadingProperty().addListener((o, was, loading) -> {
            if (!loading && chooseWhenFound[0]) {
                chooseWhenFound[0] = false;
                list.getSelectionModel().select(0);
                choose.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        pause.setOnFinished(e -> {
            if (!field.getText().equals(search.text()) || search.matches().isEmpty() && !search.loadingProperty().get()) {
                search.search(field.getText());
            }
        });
        field.textProperty().addListener((o, old, now) -> pause.playFromStart());
        search.matches().addListener((javafx.collections.ListChangeListener<LabelMatch>) c -> {
            if (list.getSelectionModel().isEmpty() && !search.matches().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                pause.stop();
                e.consume();
                if (field.getText().equals(search.text()) && !search.loadingProperty().get()) {
                    choose.accept(list.getSelectionModel().getSelectedItem());
                    return;
                }
                // Typed faster than the search: choose from the results of what was typed, not the list before.
                chooseWhenFound[0] = true;
                if (!field.getText().equals(search.text())) {
                    search.search(field.getText());
                }
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose.accept(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                choose.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.getFocusModel().focusedIndexProperty().addListener((o, old, index) -> {
            if (index.intValue() >= list.getItems().size() - 2) {
                search.loadMore();
            }
        });
        list.skinProperty().addListener((o, old, skin) -> {
            if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.positionProperty().addListener((p, before, now) -> {
                    if (now.doubleValue() >= 0.98) {
                        search.loadMore();
                    }
                });
            }
        });
    }
}
