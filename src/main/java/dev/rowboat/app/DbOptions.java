package dev.rowboat.app;

import dev.rowboat.data.DataLocations;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.MicroblogHistory;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.DatabaseException;
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
            description = "Migration repository: a folder holding versions/, or classpath:" + MicroblogHistory.LOCATION
                    + " (the built-in history). Default: ./" + FOLDER + " when that folder exists, else the built-in history.")
    String dir;

    Map<String, String> environment = System.getenv();

    /** The folder {@code init} creates and the default repository when it exists. */
    static final String FOLDER = "migrations";

    /** The folder to create: --dir, else ./migrations. */
    Path folder() {
        return Path.of(dir == null ? FOLDER : dir);
    }

    // With no --dir, a project's own ./migrations wins; otherwise the app's database (the default
    // embedded one, made by the built-in history) is upgraded with the history that made it.
    MigrationRepository repository() {
        if (dir == null) {
            return Files.isDirectory(Path.of(FOLDER)) ? MigrationRepository.directory(Path.of(FOLDER)) : MicroblogHistory.repository();
        }
        return dir.startsWith(CLASSPATH) ? MigrationRepository.classpath(dir.substring(CLASSPATH.length()))
                : MigrationRepository.directory(Path.of(dir));
    }

    /** @throws dev.rowboat.schema.DatabaseException when the URL cannot be read */
    StartupTarget target() {
        return StartupTarget.resolve(url, environment, DataLocations.forCurrentUser());
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
        return Migrations.open(repository(), ConnectionSource.of(target.spec()), target.spec().dbms());
    }
}
