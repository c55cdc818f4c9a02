package dev.rowboat.app;

import dev.rowboat.data.DataLocations;
import dev.rowboat.migrate.MicroblogHistory;
import dev.rowboat.migrate.MigrationDialect;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.alembic.AlembicCommand;
import dev.rowboat.migrate.alembic.AlembicRepository;
import dev.rowboat.migrate.project.MigrationFolders;
import dev.rowboat.schema.SqlAlchemyUrls;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Safeguards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --url} and {@code --dir}, shared by every {@code rowboat db} command. */
final class DbOptions {
    static final String CLASSPATH = "classpath:";

    @Option(names = "--url", paramLabel = "URL",
            description = "Database: a JDBC or SQLAlchemy URL. Default: $DATABASE_URL, else the embedded database.")
    String url;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Migration history: an Alembic/Flask-Migrate folder (alembic.ini, env.py or versions/*.py), a project folder "
                    + "holding one in migrations/, a Rowboat folder holding versions/*.yaml, or classpath:" + MicroblogHistory.LOCATION
                    + " (the built-in history). Default: ./" + FOLDER + " when that folder exists, else for a SQLite file the "
                    + "migrations/ folder beside it or above it, else the built-in history.")
    String dir;

    @Option(names = "--alembic-command", paramLabel = "COMMAND",
            description = "How to run the project's own Alembic for revisions Rowboat cannot read (Python of their own), "
                    + "e.g. 'venv/bin/flask db'. Default: $ROWBOAT_ALEMBIC_COMMAND, else `flask db` (Flask-Migrate) or `alembic` on PATH.")
    String alembicCommand;

    @Option(names = "--read-only", description = "Connect read-only: the database session refuses every write. "
            + "For the commands that only read (current, history, heads, check); the others refuse it.")
    boolean readOnly;

    Map<String, String> environment = System.getenv();
    /** Where the command runs: a Flask project here decides what a relative SQLite URL and .env mean. */
    Path workingDirectory = Path.of("");

    /** The folder {@code init} creates and the default repository when it exists. */
    static final String FOLDER = "migrations";

    /** The folder to create: --dir, else ./migrations. */
    Path folder() {
        return Path.of(dir == null ? FOLDER : dir);
    }

    // With no --dir, a project's own ./migrations wins, then the project a SQLite file sits in;
    // otherwise the app's database (the default embedded one, made by the built-in history) is
    // upgraded with the history that made it. Never the built-in history for a project's database
    // that has its own: see MigrationFolders.
    MigrationRepository repository() {
        if (dir == null) {
            if (Files.isDirectory(workingDirectory.resolve(FOLDER))) {
                return MigrationFolders.open(workingDirectory.resolve(FOLDER));
            }
            return MigrationFolders.of(target().spec()).orElseGet(MicroblogHistory::repository);
        }
        return dir.startsWith(CLASSPATH) ? MigrationRepository.classpath(dir.substring(CLASSPATH.length()))
                : MigrationFolders.open(Path.of(dir));
    }

    /** @throws dev.rowboat.schema.DatabaseException when the URL cannot be read */
    StartupTarget target() {
        StartupTarget target = StartupTarget.resolve(url, flask(), DataLocations.forCurrentUser());
        return readOnly ? target.withSafeguards(new Safeguards(true, false)) : target;
    }

    FlaskEnvironment flask() {
        return FlaskEnvironment.load(workingDirectory, environment);
    }

    /**
     * Makes the Flask app's instance folder when the database file goes there and it is missing, as
     * Flask-SQLAlchemy makes it before it opens the file.
     */
    void makeInstanceFolder() throws java.io.IOException {
        Optional<Path> instance = flask().instanceFolder();
        Optional<Path> file = target().spec().databaseFile();
        if (instance.isPresent() && file.isPresent() && instance.get().equals(file.get().getParent())) {
            Files.createDirectories(instance.get());
        }
    }

    /** @throws DatabaseException when the URL cannot be read or names a database file that is not there */
    void requireExistingFile() {
        Optional<Path> missing = target().spec().missingFile();
        if (missing.isPresent()) {
            throw new DatabaseException(DatabaseException.Kind.FILE_MISSING, "There is no database file " + missing.get()
                    + ". Check the path; `db upgrade` makes a new database there.");
        }
    }

    /** @throws dev.rowboat.schema.DatabaseException when the URL cannot be read */
    Migrations open() {
        var target = target();
        MigrationRepository repository = repository();
        Migrations migrations = Migrations.open(repository, DbConnections.of(target.spec()), target.spec().dbms());
        return repository instanceof AlembicRepository project ? withAlembic(migrations, project, target) : migrations;
    }

    /** Without a database: for --sql, rendered for the database kind the URL names, nothing connected or created. */
    Migrations offline() {
        return Migrations.offline(repository(), MigrationDialect.of(target().spec().dbms()));
    }

    // The project's Alembic gets the database as the URL typed (a SQLAlchemy URL keeps its driver), else converted
    private Migrations withAlembic(Migrations migrations, AlembicRepository project, StartupTarget target) {
        Optional<String> url = target.typed() != null && !target.typed().startsWith("jdbc:") ? Optional.of(target.typed())
                : SqlAlchemyUrls.of(target.spec());
        String command = alembicCommand != null ? alembicCommand : environment.get("ROWBOAT_ALEMBIC_COMMAND");
        return url.map(u -> migrations.withTool(AlembicCommand.forProject(project, command, u))).orElse(migrations);
    }
}
