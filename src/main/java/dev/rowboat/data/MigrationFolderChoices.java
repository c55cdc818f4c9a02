package dev.rowboat.data;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The migration folder a person chose for a database in the panel ("Use folder…"), per database
 * by its password-free URL, kept in the data folder so the panel opens with it next time.
 */
public final class MigrationFolderChoices {
    private final Path file;

    public MigrationFolderChoices(Path file) {
        this.file = file;
    }

    /** The folder chosen for this database, if one was and it is still there. */
    public Optional<Path> of(String databaseUrl) {
        return Optional.ofNullable(PropertiesFile.read(file).getProperty(databaseUrl)).map(Path::of)
                .filter(java.nio.file.Files::isDirectory);
    }

    public void remember(String databaseUrl, Path folder) {
        Properties all = PropertiesFile.read(file);
        all.setProperty(databaseUrl, folder.toAbsolutePath().normalize().toString());
        PropertiesFile.write(file, all, "Migration folders chosen in Rowboat, per database", "the migration folder");
    }
}
