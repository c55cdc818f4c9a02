package dev.rowboat.ui.edit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Shows original, mine and theirs side by side for a row someone else changed, and asks which wins. */
public final class ConflictDialog implements ConflictResolver {
    private static final ButtonType KEEP_MINE = new ButtonType("Keep mine", ButtonBar.ButtonData.YES);
    private static final ButtonType TAKE_THEIRS = new ButtonType("Take theirs", ButtonBar.ButtonData.NO);
    private static final ButtonType LATER = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);
    private final Window owner;

    public ConflictDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public Choice resolve(RowRef row, Map<String, Object> original, Map<String, Object> mine, Map<String, Object> theirs, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", KEEP_MINE, TAKE_THEIRS, LATER);
        alert.initOwner(owner);
        alert.setTitle("Someone else changed this row");
        alert.setHeaderText(message);
        alert.getDialogPane().setId("conflictDialog");
        alert.getDialogPane().setContent(table(original, mine, theirs));
        return alert.showAndWait().map(b -> b == KEEP_MINE ? Choice.KEEP_MINE : b == TAKE_THEIRS ? Choice.TAKE_THEIRS : Choice.DECIDE_LATER)
                .orElse(Choice.DECIDE_LATER);
    }

    private static GridPane table(Map<String, Object> original, Map<String, Object> mine, Map<String, Object> theirs) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        String[] headers = {"", "Original", "Mine", "Theirs"};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c]);
            header.getStyleClass().add("column-name");
            grid.add(header, c, 0);
        }
        Set<String> attributes = new LinkedHashSet<>(original.keySet());
        attributes.addAll(mine.keySet());
        int r = 1;
        for (String attribute : attributes) {
            Object theirValue = theirs == null ? null : theirs.get(attribute);
            grid.add(new Label(attribute), 0, r);
            grid.add(new Label(show(original.get(attribute))), 1, r);
            grid.add(new Label(mine.containsKey(attribute) ? show(mine.get(attribute)) : "(unchanged)"), 2, r);
            Label their = new Label(theirs == null ? "(row deleted)" : show(theirValue));
            if (theirs != null && !Objects.equals(theirValue, original.get(attribute))) {
                their.getStyleClass().add("conflict-value");
            }
            grid.add(their, 3, r);
            r++;
        }
        return grid;
    }

    private static String show(Object value) {
        return value == null ? "NULL" : String.valueOf(value);
    }
}
