package dev.rowboat.ui.main;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * An entity with its row count; one whose table is missing says what is missing. A cell keeps
 * its labels: each count that comes in, and each scroll, only changes their text.
 */
final class EntityListCell extends ListCell<EntitySummary> {
    private final Label name = new Label();
    private final Label count = new Label();
    private final HBox line;

    /** @param showAgain told of a click on the entity already selected, to bring its grid forward */
    EntityListCell(Consumer<EntitySummary> showAgain) {
        count.getStyleClass().add("entity-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        line = new HBox(6, name, gap, count);
        line.setAlignment(Pos.CENTER_LEFT); // in the middle of the row, however tall the theme makes it
        // a click on the entity already selected brings its grid forward again (selecting does the rest)
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                showAgain.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(EntitySummary item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("unavailable", "read-only");
        setText(null);
        if (empty || item == null) {
            setId(null); // a reused cell must not keep the id of the entity it showed before
            setGraphic(null);
            setTooltip(null);
            return;
        }
        name.setText(item.name());
        count.setText(item.countText());
        setGraphic(line);
        setId("entity-" + item.name());
        if (!item.info().available()) {
            getStyleClass().add("unavailable");
            tip(item.info().whyUnavailable());
        } else if (item.info().keyless()) {
            getStyleClass().add("read-only");
            tip("Read-only. " + item.info().readOnlyReason());
        } else {
            tip(item.info().missing().isEmpty() ? null : "Not in this database:\n" + String.join("\n", item.info().missing()));
        }
    }

    private void tip(String text) {
        if (text == null) {
            setTooltip(null);
        } else if (getTooltip() == null) {
            setTooltip(new Tooltip(text));
        } else {
            getTooltip().setText(text);
        }
    }
}
