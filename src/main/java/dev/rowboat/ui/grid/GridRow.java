package dev.rowboat.ui.grid;

import dev.rowboat.data.paging.Row;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;

/** Marks new, deleted and refused rows until they are saved. */
final class GridRow extends TableRow<Row> {
    private static final PseudoClass NEW = PseudoClass.getPseudoClass("new");
    private static final PseudoClass DELETED = PseudoClass.getPseudoClass("deleted");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private final GridEditing editing;

    GridRow(GridEditing editing) {
        this.editing = editing;
    }

    @Override
    protected void updateItem(Row row, boolean empty) {
        super.updateItem(row, empty);
        boolean present = !empty && row != null;
        pseudoClassStateChanged(NEW, present && GridEditing.isNew(row));
        pseudoClassStateChanged(DELETED, present && editing.isDeleted(row));
        String problem = present ? editing.problem(row, null).orElse(null) : null;
        pseudoClassStateChanged(REFUSED, problem != null);
        setTooltip(problem == null ? null : new Tooltip(problem));
    }
}
