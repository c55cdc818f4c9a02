package dev.rowboat.ui.grid;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The grid's find bar (Ctrl+F): what is typed becomes the grid's find filter, run by the database
 * over every text column, a moment after the typing stops (at once with Enter); Esc closes the
 * bar and shows every row again.
 */
final class FindBar {
    static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.ESCAPE);
    /** Long enough that a word typed at speed is one query, not one per letter. */
    private static final Duration TYPING_PAUSE = Duration.millis(350);

    private final HBox bar;
    private final TextField field;
    private final EntityTableViewModel viewModel;
    private final Runnable onClosed;
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);

    FindBar(HBox bar, TextField field, Button close, EntityTableViewModel viewModel, Runnable onClosed) {
        this.bar = bar;
        this.field = field;
        this.viewModel = viewModel;
        this.onClosed = onClosed;
        typing.setOnFinished(e -> viewModel.find(field.getText()));
        field.textProperty().addListener((o, old, now) -> {
            if (bar.isVisible()) {
                typing.playFromStart();
            }
        });
        field.setOnAction(e -> {
            typing.stop();
            viewModel.find(field.getText());
        });
        bar.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CLOSE.match(e)) {
                close();
                e.consume();
            }
        });
        close.setOnAction(e -> close());
        show(false);
    }

    /** Shows the bar with the focus in its field, its text selected to be typed over. */
    void open() {
        show(true);
        field.requestFocus();
        field.selectAll();
    }

    /** Hides the bar and takes its filter off. */
    void close() {
        boolean wasOpen = bar.isVisible();
        show(false);
        typing.stop();
        field.clear();
        viewModel.find("");
        if (wasOpen) {
            onClosed.run();
        }
    }

    private void show(boolean shown) {
        bar.setVisible(shown);
        bar.setManaged(shown);
    }
}
