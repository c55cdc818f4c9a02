package dev.rowboat.ui.grid;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.paging.CountValue;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.data.paging.Row;
import dev.rowboat.ui.edit.NewRowId;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * Shows one value as a person reads it (NULL distinct from empty text, links, counts, aligned
 * numbers, masked secrets) and edits it in place; a typed value goes to {@link GridEditing}.
 */
final class GridCell extends TableCell<Row, Object> {
    private static final String[] KINDS = {"null-value", "ref-value", "count-value", "generated-value", "masked-value"};
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final AttributeInfo attribute;
    private final int index;
    private final GridEditing editing;
    private final BooleanSupplier masked;
    private final Supplier<String> typedText;
    private final java.util.function.BiConsumer<Row, AttributeInfo> follow;
    private TextField editor;

    GridCell(AttributeInfo attribute, int index, GridEditing editing, BooleanSupplier masked, Supplier<String> typedText,
             java.util.function.BiConsumer<Row, AttributeInfo> follow) {
        this.follow = follow;
        this.attribute = attribute;
        this.index = index;
        this.editing = editing;
        this.masked = masked;
        this.typedText = typedText;
        if (Number.class.isAssignableFrom(attribute.javaType())) {
            setAlignment(Pos.CENTER_RIGHT);
        }
        setEditable(editing.canEdit(attribute));
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().removeAll(KINDS);
        Row row = empty ? null : getTableRow().getItem();
        pseudoClassStateChanged(CHANGED, row != null && editing.isChanged(row, attribute));
        String problem = row == null ? null : editing.problem(row, attribute).orElse(null);
        pseudoClassStateChanged(INVALID, problem != null);
        setTooltip(problem == null ? null : new Tooltip(problem));
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (isEditing() && editor != null) {
            return;
        }
        setGraphic(null);
        if (row.id() instanceof NewRowId && (attribute.kind() != dev.rowboat.data.catalog.AttributeKind.BASIC
                || editing.isFilledOnSave(row, attribute)) && value == null) {
            setText(switch (attribute.kind()) {
                case ID -> editing.isKeyPart(attribute) ? "" : "(generated)";
                case BASIC -> "(default)";
                default -> "";
            });
            getStyleClass().add("generated-value");
            return;
        }
        if (value != null && masked.getAsBoolean()) {
            setText("••••••••");
            getStyleClass().add("masked-value");
            return;
        }
        if ((value instanceof RefValue || value instanceof CountValue || value instanceof dev.rowboat.ui.edit.PendingCount)
                && !(row.id() instanceof NewRowId)) {
            // a link: clicking it goes there, clicking beside it selects the cell
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(format(value));
            link.getStyleClass().add(value instanceof RefValue ? "ref-link" : "count-link");
            link.setOnAction(e -> follow.accept(row, attribute));
            link.setFocusTraversable(false);
            setText(null);
            setGraphic(link);
            return;
        }
        setText(value instanceof java.time.LocalDateTime && attribute.zone() != null ? format(value) + " " + attribute.zone() : format(value));
        if (value == null) {
            getStyleClass().add("null-value");
        } else if (value instanceof RefValue) {
            getStyleClass().add("ref-value");
        } else if (value instanceof CountValue) {
            getStyleClass().add("count-value");
        }
    }

    @Override
    public void startEdit() {
        Row row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || !editing.canEdit(row, attribute) || editing.isDeleted(row)) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String seed = typedText.get();
        if (attribute.kind() == dev.rowboat.data.catalog.AttributeKind.TO_ONE) {
            cancelEdit(); // the picker edits it, in its own window
            if (editing.pickReference(row, attribute, seed)) {
                return;
            }
            super.startEdit();
        }
        if (attribute.javaType() == Boolean.class && seed == null) {
            // a yes/no value flips with a click or F2; typing true/false/1/0 also works
            Object current = editing.valueOf(row, index);
            cancelEdit();
            editing.edit(row, attribute, Boolean.TRUE.equals(current) ? "false" : "true");
            return;
        }
        if (CellEditors.hasOwnEditor(attribute) && seed == null) {
            Node own = CellEditors.editor(attribute, editing.editText(row, index), text -> {
                cancelEdit();
                editing.edit(row, attribute, text);
                getTableView().requestFocus();
            }, this::cancelEdit);
            setText(null);
            setGraphic(own);
            own.requestFocus();
            return;
        }
        editor = new TextField(seed != null ? seed : editing.editText(row, index));
        editor.getStyleClass().add("cell-editor");
        editor.setOnAction(e -> commit(row));
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        editor.focusedProperty().addListener((o, had, has) -> {
            if (!has && isEditing()) {
                commit(row);
            }
        });
        setText(null);
        setGraphic(editor);
        // The skin (and with it the handling of typed keys) would come at the next pulse: a key
        // typed before it went nowhere. Made now, the editor takes every key from the first.
        editor.applyCss();
        editor.requestFocus();
        if (seed != null) {
            editor.end();
        } else {
            editor.selectAll();
        }
    }

    private void commit(Row row) {
        String text = editor.getText();
        editor = null;
        cancelEdit();
        editing.edit(row, attribute, text);
        getTableView().requestFocus();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        setGraphic(null);
        updateItem(getItem(), isEmpty());
    }

    static String format(Object value) {
        return CellText.format(value);
    }
}
