package dev.rowboat.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps sqlite-jdbc's native library in Rowboat's data folder. The driver otherwise copies the
 * 1 MB library out of the jar into the temporary folder on every start and deletes it on exit,
 * which is most of a tenth of a second of a short {@code db} command.
 */
final class SqliteNativeLibrary {
    private SqliteNativeLibrary() {
    }

    /** Points the driver at the kept copy, making it first; on any trouble the driver does as it always did. */
    static void useKeptCopy(Path dataHome) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
            Path dir = dataHome.resolve("native").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(folder);
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream("/org/sqlite/native/" + folder + "/" + name)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(dir);
                    Path part = Files.createTempFile(dir, name, ".part");
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    // another process may be doing the same: a whole file or none under the final name
                    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException | LinkageError e) {
            // the driver's own extraction still works
        }
    }
}
