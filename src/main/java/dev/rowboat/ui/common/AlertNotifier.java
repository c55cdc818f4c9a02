package dev.rowboat.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows messages as dialogs over the main window; the stack trace is folded into "Details". */
public final class AlertNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(AlertNotifier.class);
    private final Window owner;

    public AlertNotifier(Window owner) {
        this.owner = owner;
    }

    @Override
    public void error(String title, String sentence, Throwable details) {
        LOG.warn("{}: {}", title, sentence, details);
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("errorDialog");
        if (details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace)); // into the folded details, not the console
            TextArea area = new TextArea(trace.toString());
            area.setEditable(false);
            area.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(area);
        }
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("confirmDialog");
        // Enter answers No: every question here is about creating, losing or changing something
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.YES)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.NO)).setDefaultButton(true);
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    @Override
    public boolean confirmByTyping(String title, String question, String word) {
        return new TypedConfirmationDialog(new TypedConfirmationViewModel(word), owner).showAndWait(title, question);
    }

    @Override
    public java.util.Optional<String> ask(String title, String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.getDialogPane().setId("askDialog");
        dialog.getDialogPane().setPrefWidth(560);
        return dialog.showAndWait();
    }
}
