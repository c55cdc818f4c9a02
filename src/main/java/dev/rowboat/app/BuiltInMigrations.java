package dev.rowboat.app;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.diff.ModelSchemaReader;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.ui.migrate.MigrationWorkspace;

/** The built-in microblog's migration history and model, as the panel starts with them. */
final class BuiltInMigrations {
    static final String LOCATION = "/migrations/microblog";

    private BuiltInMigrations() {
    }

    static MigrationWorkspace workspace(OpenDatabase db) {
        return new MigrationWorkspace(MigrationRepository.classpath(LOCATION), ConnectionSource.of(db.spec()), db.spec().dbms(),
                () -> ModelSchemaReader.read(MicroblogModel.ENTITY_CLASSES, db.spec().dbms()));
    }
}
