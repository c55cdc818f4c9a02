package dev.rowboat.ui.relations;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.EntityPages;
import dev.rowboat.data.paging.Row;
import dev.rowboat.ui.edit.ChangesViewModel;
import java.util.Optional;

/**
 * The grid whose selected row the relations panel shows, as the panel reads it. The grid's
 * view-model implements it, so this package needs nothing of the grid package (which opens this
 * package's pickers and link dialogs).
 */
public interface RelationsGrid {
    EntityInfo entity();

    /** Whether the row is a pending insert, which nothing refers to yet. */
    boolean isNew(Row row);

    /** The value the grid shows in the row's cell at {@code index}, pending edits included. */
    Object valueOf(Row row, int index);

    /** The place of a row of this grid, named by its label. */
    Place placeOf(Row row);

    /** Where following the row's link cell of {@code attribute} leads, if anywhere. */
    Optional<Place> follow(Row row, AttributeInfo attribute);

    /** The pages the grid reads, for related queries (references to a row). */
    EntityPages pages();

    ChangesViewModel changes();
}
