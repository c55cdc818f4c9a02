package dev.rowboat.ui.grid;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import java.util.function.Consumer;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A column's header: its name, and beneath it the column's filter (an operator menu and a value
 * field, applied with Enter). Clicks in the filter do not sort the column.
 */
final class ColumnHeader {
    private final AttributeInfo attribute;
    private final Consumer<Filter> onFilter;
    private final MenuButton operator = new MenuButton();
    private final TextField value = new TextField();
    private FilterOp op;

    ColumnHeader(AttributeInfo attribute, Consumer<Filter> onFilter) {
        this.attribute = attribute;
        this.onFilter = onFilter;
        this.op = attribute.isText() || attribute.kind() == AttributeKind.TO_ONE ? FilterOp.CONTAINS : FilterOp.EQUALS;
    }

    Node build(TableColumn<?, ?> column, String labelText, String typeHint) {
        Label name = new Label(labelText);
        name.getStyleClass().add("column-name");
        Label type = new Label(typeHint);
        type.getStyleClass().add("column-type");
        HBox title = new HBox(4, name, type);
        VBox box = new VBox(2, title);
        box.getStyleClass().add("column-header");
        if (attribute.isQueryable()) {
            box.getChildren().add(filterRow(column));
        }
        return box;
    }

    private Node filterRow(TableColumn<?, ?> column) {
        operator.setId("filterOp-" + attribute.name());
        operator.getStyleClass().addAll("filter-op", "flat", "small");
        operator.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dev.rowboat.ui.common.Tips.set(operator, "How this column is compared");
        for (FilterOp candidate : FilterOp.values()) {
            if (candidate.textOnly() && !(attribute.isText() || attribute.kind() == AttributeKind.TO_ONE)) {
                continue;
            }
            MenuItem item = new MenuItem(candidate.symbol() + "  " + candidate.label());
            item.setOnAction(e -> {
                op = candidate;
                showOperator();
                apply();
            });
            operator.getItems().add(item);
        }
        showOperator();
        value.setId("filter-" + attribute.name());
        value.getStyleClass().addAll("filter-field", "small");
        value.setPromptText("filter");
        value.setOnAction(e -> apply());
        HBox row = new HBox(2, operator, value);
        HBox.setHgrow(value, Priority.ALWAYS);
        row.prefWidthProperty().bind(column.widthProperty().subtract(14));
        row.setMaxWidth(HBox.USE_PREF_SIZE);
        // The header sorts on mouse release; a click meant for the filter must not reach it.
        row.addEventHandler(MouseEvent.ANY, Event::consume);
        return row;
    }

    private void showOperator() {
        operator.setText(op.symbol());
        value.setDisable(!op.needsValue());
    }

    private void apply() {
        onFilter.accept(new Filter(attribute.name(), op, value.getText() == null ? "" : value.getText()));
    }

    void clear() {
        value.clear();
    }
}
