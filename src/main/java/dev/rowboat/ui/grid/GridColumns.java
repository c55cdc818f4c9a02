package dev.rowboat.ui.grid;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Builds a grid's columns from the entity's attributes (never from compiled classes). */
final class GridColumns {
    private final List<ColumnHeader> headers = new ArrayList<>();

    List<TableColumn<Row, Object>> build(EntityInfo entity, Consumer<Filter> onFilter, GridEditing editing,
                                         java.util.function.Predicate<String> masked, java.util.function.Supplier<String> typedText,
                                         java.util.function.BiConsumer<Row, AttributeInfo> follow) {
        List<TableColumn<Row, Object>> columns = new ArrayList<>();
        List<AttributeInfo> attributes = entity.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            AttributeInfo attribute = attributes.get(i);
            int index = i;
            TableColumn<Row, Object> column = new TableColumn<>();
            column.setId("col-" + attribute.name());
            column.setUserData(attribute);
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(editing.valueOf(cell.getValue(), index)));
            column.setCellFactory(c -> new GridCell(attribute, index, editing, () -> masked.test(attribute.name()), typedText, follow));
            column.setEditable(editing.canEdit(attribute));
            column.setSortable(attribute.isQueryable());
            column.setPrefWidth(masked.test(attribute.name()) ? 130 : widthOf(attribute)); // dots need no room
            ColumnHeader header = new ColumnHeader(attribute, onFilter);
            headers.add(header);
            javafx.scene.Node graphic = header.build(column, attribute.name(), typeHint(attribute)
                    + (attribute.readOnlyReason() == null ? "" : " · read-only"));
            if (attribute.readOnlyReason() != null) {
                javafx.scene.control.Tooltip.install(graphic, new javafx.scene.control.Tooltip(attribute.readOnlyReason()));
            }
            column.setGraphic(graphic);
            columns.add(column);
        }
        return columns;
    }

    void clearFilters() {
        headers.forEach(ColumnHeader::clear);
    }

    private static String typeHint(AttributeInfo attribute) {
        return switch (attribute.kind()) {
            case TO_ONE -> "→ " + attribute.targetEntity();
            case TO_MANY -> "⇉ " + attribute.targetEntity();
            case ID, BASIC -> attribute.javaType().getSimpleName().replace("LocalDateTime", "DateTime")
                    + (attribute.zone() == null ? "" : " " + attribute.zone())
                    + (attribute.length() != null && attribute.isText() ? "(" + attribute.length() + ")" : "");
        };
    }

    private static double widthOf(AttributeInfo attribute) {
        if (attribute.kind() == AttributeKind.ID) {
            return 120;
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(attribute.javaType())) {
            return 250; // room for the zone, and for the date picker with its time field
        }
        if (attribute.isText()) {
            return attribute.length() != null && attribute.length() > 100 ? 320 : 180;
        }
        return attribute.isAssociation() ? 150 : 170;
    }
}
