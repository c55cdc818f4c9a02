package dev.rowboat.data;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a person chose for a database in the migration panel: its folder ("Use folder…") and the
 * command that runs its project's Alembic ("Alembic command…"), per database by its password-free
 * URL, kept in the data folder so the panel opens with them next time.
 */
public final class MigrationChoices {
    private static final String COMMAND = " | alembic command";
    private final Path file;

    public MigrationChoices(Path file) {
        this.file = file;
    }

    /** The folder chosen for this database, if one was and it is still there. */
    public Optional<Path> of(String databaseUrl) {
        return Optional.ofNullable(PropertiesFile.read(file).getProperty(databaseUrl)).map(Path::of)
                .filter(java.nio.file.Files::isDirectory);
    }

    public void remember(String databaseUrl, Path folder) {
        set(databaseUrl, folder.toAbsolutePath().normalize().toString(), "the migration folder");
    }

    /** The command set for this database's Alembic revisions, if one was. */
    public Optional<String> alembicCommand(String databaseUrl) {
        return Optional.ofNullable(PropertiesFile.read(file).getProperty(databaseUrl + COMMAND)).filter(c -> !c.isBlank());
    }

    public void rememberAlembicCommand(String databaseUrl, String command) {
        set(databaseUrl + COMMAND, command.strip(), "the Alembic command");
    }

    private void set(String key, String value, String what) {
        Properties all = PropertiesFile.read(file);
        all.setProperty(key, value);
        PropertiesFile.write(file, all, "Migration folders and Alembic commands chosen in Rowboat, per database", what);
    }
}
