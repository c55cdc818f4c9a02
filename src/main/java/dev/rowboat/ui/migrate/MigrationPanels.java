package dev.rowboat.ui.migrate;

import dev.rowboat.data.OpenDatabase;

/** Makes the migration panel's view-model for an open database; the composition root decides the repository and model. */
@FunctionalInterface
public interface MigrationPanels {
    /** @param schemaChanged run after a migration changed the schema, so the grids can follow */
    MigrationPanelViewModel create(OpenDatabase database, Runnable schemaChanged);
}
