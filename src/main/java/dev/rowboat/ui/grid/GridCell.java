package dev.rowboat.ui.grid;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.paging.CountValue;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.data.paging.Row;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;

/** Shows one value as a person reads it: NULL distinct from empty text, links, counts, aligned numbers. */
final class GridCell extends TableCell<Row, Object> {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] KINDS = {"null-value", "ref-value", "count-value", "number-value"};

    GridCell(AttributeInfo attribute) {
        if (Number.class.isAssignableFrom(attribute.javaType())) {
            setAlignment(Pos.CENTER_RIGHT);
        }
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().removeAll(KINDS);
        if (empty) {
            setText(null);
            return;
        }
        setText(format(value));
        if (value == null) {
            getStyleClass().add("null-value");
        } else if (value instanceof RefValue) {
            getStyleClass().add("ref-value");
        } else if (value instanceof CountValue) {
            getStyleClass().add("count-value");
        }
    }

    static String format(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof LocalDateTime time) {
            return DATE_TIME.format(time) + (time.getNano() == 0 ? "" : String.format(".%06d", time.getNano() / 1000));
        }
        if (value instanceof OffsetDateTime time) {
            return time.toString();
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        return value.toString();
    }
}
