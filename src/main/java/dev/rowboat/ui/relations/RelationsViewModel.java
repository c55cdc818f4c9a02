package dev.rowboat.ui.relations;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.paging.Reference;
import dev.rowboat.data.paging.Row;
import dev.rowboat.ui.common.Messages;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.common.TaskHandle;
import dev.rowboat.ui.grid.EntityTableViewModel;
import dev.rowboat.ui.grid.GridEditing;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The associations of the selected row, and the rows of any entity that refer to it through a
 * foreign key, counted on the server even where the model maps no way back.
 */
public final class RelationsViewModel {
    private final TaskExecutor executor;
    private final ObservableList<Relation> relations = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("Select a row to see its relations.");
    private TaskHandle counting;
    private Place from;

    public RelationsViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    public ObservableList<Relation> relations() { return relations; }
    public StringProperty titleProperty() { return title; }

    /** The place the panel's links lead from (the selected row). */
    public Place from() {
        return from;
    }

    public void show(EntityTableViewModel grid, Row row) {
        if (counting != null) {
            counting.cancel();
        }
        if (row == null || GridEditing.isNew(row)) {
            clear();
            return;
        }
        from = grid.placeOf(row);
        title.set(from.label());
        List<Relation> lines = new ArrayList<>();
        var entity = grid.entity();
        for (int i = 0; i < entity.attributes().size(); i++) {
            AttributeInfo attribute = entity.attributes().get(i);
            if (attribute.kind() == AttributeKind.TO_ONE || attribute.kind() == AttributeKind.TO_MANY) {
                Object value = grid.editing().valueOf(row, i);
                String text = attribute.kind() == AttributeKind.TO_ONE
                        ? attribute.name() + " → " + (value == null ? "none" : value) : String.valueOf(value);
                lines.add(new Relation(text, grid.follow(row, attribute).orElse(null), false));
            }
        }
        relations.setAll(lines);
        Object id = row.id();
        counting = executor.submit("References to " + from.label(),
                cancel -> grid.pages().referencesTo(entity.name(), id, cancel), references -> {
                    for (Reference reference : references) {
                        relations.add(new Relation(reference.entity() + "." + reference.attribute() + " (" + reference.count() + ")",
                                new Place(reference.entity(), reference.scopeFrom(entity.name(), id), null,
                                        reference.entity() + "." + reference.attribute()), true));
                    }
                }, failure -> {
                    if (!Messages.isCancellation(failure)) {
                        relations.add(new Relation("References could not be counted: " + Messages.sentence(failure), null, true));
                    }
                });
    }

    public void clear() {
        from = null;
        relations.clear();
        title.set("Select a row to see its relations.");
    }
}
