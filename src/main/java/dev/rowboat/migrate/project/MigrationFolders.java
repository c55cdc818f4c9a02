package dev.rowboat.migrate.project;

import dev.rowboat.migrate.alembic.AlembicRepository;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a project's migration history and tells its kind: an Alembic (Flask-Migrate) project or
 * a Rowboat YAML repository, never a mix. A person may point at the history itself, or at the
 * project folder holding {@code migrations/}.
 */
public final class MigrationFolders {
    /** Flask-Migrate's default folder, and Rowboat's. */
    public static final String DEFAULT = "migrations";
    // app.db sits in the project root or in instance/ below it; deeper guesses would find strangers' histories
    private static final int PARENTS_SEARCHED = 2;

    private MigrationFolders() {
    }

    /** The history at {@code folder}: Alembic when it looks like Alembic, else Rowboat's YAML (made on first write). */
    public static MigrationRepository open(Path folder) {
        Optional<AlembicRepository> alembic = AlembicRepository.at(folder);
        if (alembic.isPresent()) {
            return alembic.get();
        }
        Path inner = folder.resolve(DEFAULT);
        if (Files.isDirectory(inner) && !Files.isDirectory(folder.resolve("versions"))) {
            Optional<AlembicRepository> project = AlembicRepository.at(inner);
            if (project.isPresent()) {
                return project.get();
            }
            if (Files.isDirectory(inner.resolve("versions"))) {
                return MigrationRepository.directory(inner);
            }
        }
        return MigrationRepository.directory(folder);
    }

    /** {@link #near} for a SQLite database; none for the others, which have no file to be found by. */
    public static Optional<MigrationRepository> of(ConnectionSpec database) {
        return database.databaseFile().filter(f -> database.dbms() == Dbms.SQLITE).flatMap(MigrationFolders::near);
    }

    /**
     * The history of the project a database file belongs to: a {@code migrations/} folder beside
     * it or in the folders above ({@code instance/app.db} → the project root).
     */
    public static Optional<MigrationRepository> near(Path databaseFile) {
        Path dir = databaseFile.toAbsolutePath().getParent();
        for (int i = 0; dir != null && i <= PARENTS_SEARCHED; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve(DEFAULT);
            if (Files.isDirectory(candidate)) {
                Optional<AlembicRepository> alembic = AlembicRepository.at(candidate);
                if (alembic.isPresent()) {
                    return Optional.of(alembic.get());
                }
                if (Files.isDirectory(candidate.resolve("versions"))) {
                    return Optional.of(MigrationRepository.directory(candidate));
                }
            }
        }
        return Optional.empty();
    }
}
