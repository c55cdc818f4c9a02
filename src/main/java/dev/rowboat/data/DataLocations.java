package dev.rowboat.data;

import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.H2AutoServer;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Rowboat keeps its own files: the embedded default database, the list of recent
 * connections, the query console's history. {@code rowboat.home} overrides it (tests, portable installs).
 */
public record DataLocations(Path home) {

    public static DataLocations forCurrentUser() {
        String override = System.getProperty("rowboat.home");
        if (override != null && !override.isBlank()) {
            return new DataLocations(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return new DataLocations(Path.of(System.getenv("APPDATA"), "Rowboat"));
        }
        if (os.contains("mac")) {
            return new DataLocations(userHome.resolve("Library/Application Support/Rowboat"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return new DataLocations((xdg == null || xdg.isBlank() ? userHome.resolve(".local/share") : Path.of(xdg)).resolve("rowboat"));
    }

    /**
     * The embedded H2 database the app opens when nothing else is asked for; in H2's automatic
     * server mode, so a second window or a {@code rowboat db} command can open it while a window has it open.
     */
    public ConnectionSpec defaultDatabase() {
        Path base = home.resolve("rowboat").toAbsolutePath();
        return new ConnectionSpec(Dbms.H2, "jdbc:h2:file:" + base + H2AutoServer.SETTING, null, null, Path.of(base + ".mv.db"));
    }

    /** The association names a person chose, per database ({@link AssociationNames}). */
    public Path associationNamesFile() {
        return home.resolve("association-names.properties");
    }

    public Path migrationFoldersFile() {
        return home.resolve("migration-folders.properties");
    }

    public Path recentConnectionsFile() {
        return home.resolve("recent-connections.txt");
    }

    /** The query console's history and saved queries, a file per connection. */
    public Path consoleFolder() {
        return home.resolve("console");
    }

    /** Where the person dragged the diagram's boxes, a file per connection. */
    public Path diagramFolder() {
        return home.resolve("diagram");
    }

    /** The window's layout per database ({@link dev.rowboat.data.settings.SettingsStore}). */
    public Path settingsFolder() {
        return home.resolve("settings");
    }

    /** Where the window writes its log, {@code rowboat.log} and the rotated older ones. */
    public Path logFolder() {
        return home.resolve("logs");
    }
}
