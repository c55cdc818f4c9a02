package dev.rowboat.ui.help;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** What the Help menu's windows share: modal over the main window, in its theme, closed by Esc. */
final class HelpStage {
    private HelpStage() {
    }

    static void prepare(Stage stage, Parent root, Window owner, String title) {
        Scene scene = new Scene(root);
        if (owner != null) {
            stage.initOwner(owner);
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        // Esc closes, whichever control has the focus (a table keeps Esc for itself)
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                e.consume();
            }
        });
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.setScene(scene);
    }
}
