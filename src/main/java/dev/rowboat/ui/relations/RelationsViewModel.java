package dev.rowboat.ui.relations;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.paging.Reference;
import dev.rowboat.data.paging.Row;
import dev.rowboat.ui.common.Messages;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.common.TaskHandle;
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
    private final java.util.function.Supplier<dev.rowboat.data.catalog.EntityCatalog> catalog;
    private java.util.function.Consumer<Place> onCreated = place -> { };
    private final ObservableList<Relation> relations = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("Select a row to see its relations.");
    private TaskHandle counting;
    private Place from;

    public RelationsViewModel(TaskExecutor executor, java.util.function.Supplier<dev.rowboat.data.catalog.EntityCatalog> catalog) {
        this.executor = executor;
        this.catalog = catalog;
    }

    /** Where to show a row created from the panel (the new profile). */
    public void setOnCreated(java.util.function.Consumer<Place> onCreated) {
        this.onCreated = onCreated;
    }

    public ObservableList<Relation> relations() { return relations; }
    public StringProperty titleProperty() { return title; }

    /** The place the panel's links lead from (the selected row). */
    public Place from() {
        return from;
    }

    public void show(RelationsGrid grid, Row row) {
        if (counting != null) {
            counting.cancel();
        }
        if (row == null || grid.isNew(row)) {
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
                Object value = grid.valueOf(row, i);
                String text = attribute.kind() == AttributeKind.TO_ONE
                        ? attribute.name() + " → " + (value == null ? "none" : value) : String.valueOf(value);
                lines.add(new Relation(text, grid.follow(row, attribute).orElse(null), false,
                        value == null ? creator(grid, row, attribute) : null));
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

    /**
     * For an empty one-to-one seen from the side that holds no key (a user without a profile):
     * adds the missing row, pointing back here, to the pending edits.
     */
    private Runnable creator(RelationsGrid grid, Row row, AttributeInfo attribute) {
        if (attribute.kind() != AttributeKind.TO_ONE || attribute.column() != null || grid.changes().readOnly()) {
            return null; // nothing to create on a read-only connection
        }
        var target = catalog.get().find(attribute.targetEntity()).orElse(null);
        var back = target == null ? null : target.attributes().stream().filter(a -> a.kind() == AttributeKind.TO_ONE
                && grid.entity().name().equals(a.targetEntity()) && a.column() != null && a.unique()).findFirst().orElse(null);
        if (back == null) {
            return null;
        }
        Place owner = grid.placeOf(row);
        return () -> {
            grid.changes().execute(dev.rowboat.ui.edit.Edits.addRow(grid.changes().pending(), target.name(),
                    java.util.Map.of(back.name(), new dev.rowboat.data.paging.RefValue(grid.entity().name(), row.id(), null)),
                    "create " + target.name()));
            onCreated.accept(new Place(target.name(), null, null, attribute.name() + " of " + owner.label()));
        };
    }

    public void clear() {
        from = null;
        relations.clear();
        title.set("Select a row to see its relations.");
    }
}
