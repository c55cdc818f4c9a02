package dev.rowboat.ui.edit;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The statements Save will run, for reading before saving. */
public final class SqlPreviewDialog {
    private SqlPreviewDialog() {
    }

    public static void show(Window owner, List<String> statements) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("SQL that Save will run");
        alert.setHeaderText(statements.isEmpty() ? "Nothing to save." : statements.size() + " statements, in one transaction:");
        TextArea area = new TextArea(String.join("\n", statements));
        area.setId("sqlPreviewArea");
        area.setEditable(false);
        area.setPrefColumnCount(90);
        area.setPrefRowCount(Math.min(20, Math.max(4, statements.size() + 1)));
        area.getStyleClass().add("sql-text");
        alert.getDialogPane().setContent(area);
        alert.getDialogPane().setId("sqlPreviewDialog");
        alert.show();
    }
}
