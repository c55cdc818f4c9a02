package dev.rowboat.app;

import dev.rowboat.data.DataLocations;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.repo.MigrationRepository;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --url} and {@code --dir}, shared by every {@code rowboat db} command. */
final class DbOptions {
    static final String CLASSPATH = "classpath:";

    @Option(names = "--url", paramLabel = "URL",
            description = "Database: a JDBC or SQLAlchemy URL. Default: $DATABASE_URL, else the embedded database.")
    String url;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "migrations",
            description = "Migration repository: a folder holding versions/, or classpath:/migrations/microblog (default: ${DEFAULT-VALUE}).")
    String dir;

    Map<String, String> environment = System.getenv();

    MigrationRepository repository() {
        return dir.startsWith(CLASSPATH) ? MigrationRepository.classpath(dir.substring(CLASSPATH.length()))
                : MigrationRepository.directory(Path.of(dir));
    }

    /** @throws dev.rowboat.data.DatabaseException when the URL cannot be read */
    Migrations open() {
        var target = StartupTarget.resolve(url, environment, DataLocations.forCurrentUser());
        return Migrations.open(repository(), ConnectionSource.of(target.spec()), target.spec().dbms());
    }
}
