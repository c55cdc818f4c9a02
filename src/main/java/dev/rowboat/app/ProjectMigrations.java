package dev.rowboat.app;

import dev.rowboat.data.MigrationChoices;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.MicroblogHistory;
import dev.rowboat.migrate.diff.ModelSchemaReader;
import dev.rowboat.migrate.project.MigrationFolders;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.SqlAlchemyUrls;
import dev.rowboat.ui.migrate.MigrationWorkspace;
import java.util.Map;
import java.util.Optional;

/**
 * Which history the panel opens a database with: the folder the person chose for it before,
 * else the Flask project a SQLite file sits in ({@code migrations/} beside it or above), else the
 * built-in microblog history (the default database's own).
 */
final class ProjectMigrations {
    private final MigrationChoices choices;
    private final Map<String, String> environment;

    ProjectMigrations(MigrationChoices choices, Map<String, String> environment) {
        this.choices = choices;
        this.environment = environment;
    }

    MigrationWorkspace workspace(OpenDatabase db) {
        ConnectionSpec spec = db.spec();
        MigrationRepository repository = repositoryOf(spec);
        var alembic = new MigrationWorkspace.AlembicAccess(SqlAlchemyUrls.of(spec).orElse(null),
                choices.alembicCommand(spec.displayUrl()).orElse(environment.get("ROWBOAT_ALEMBIC_COMMAND")));
        return new MigrationWorkspace(repository, ConnectionSource.of(spec), spec.dbms(),
                () -> ModelSchemaReader.read(MicroblogModel.ENTITY_CLASSES, spec.dbms()), alembic);
    }

    void remember(OpenDatabase db, java.nio.file.Path folder) {
        choices.remember(db.spec().displayUrl(), folder);
    }

    void rememberAlembicCommand(OpenDatabase db, String command) {
        choices.rememberAlembicCommand(db.spec().displayUrl(), command);
    }

    private MigrationRepository repositoryOf(ConnectionSpec spec) {
        Optional<MigrationRepository> chosen = choices.of(spec.displayUrl()).map(MigrationFolders::open);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        return MigrationFolders.of(spec).orElseGet(MicroblogHistory::repository);
    }
}
