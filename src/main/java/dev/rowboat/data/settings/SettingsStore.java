package dev.rowboat.data.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's layout per database, a JSON file each in the data folder's {@code settings}:
 * {@code window-<sha256 of the connection>.json}. The connection is its URL and user without a
 * password ({@link dev.rowboat.schema.ConnectionSpec#displayUrl()}); hashing it gives a file name
 * any file system takes. A file that cannot be read counts as none: a layout is a convenience.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private final Path folder;

    /**
     * Made when a layout is first read or written, on the task executor: the store itself is made
     * on the FX thread as the window starts, and starting Jackson there held the window up.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES); // a later version's fields are skipped
    }

    public SettingsStore(Path folder) {
        this.folder = folder;
    }

    /** The layout kept for a connection; empty when there is none, or it cannot be read. */
    public Optional<WindowLayout> load(String connection) {
        Path file = fileOf(connection);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(file.toFile(), Stored.class).layout());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignored the window layout in {}, which cannot be read: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps a connection's layout; written whole or not at all, so a crash leaves the previous one. */
    public synchronized void save(String connection, WindowLayout layout) throws IOException {
        Files.createDirectories(folder);
        Path file = fileOf(connection);
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Json.MAPPER.writeValue(partial.toFile(), new Stored(connection, layout));
        } catch (JacksonException e) {
            throw new IOException("Could not write the window layout: " + e.getOriginalMessage(), e);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The file a connection's layout is kept in. */
    public Path fileOf(String connection) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(connection.getBytes(StandardCharsets.UTF_8));
            return folder.resolve("window-" + HexFormat.of().formatHex(hash) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The file's content: the connection it belongs to, for a person reading the folder, and the layout. */
    private record Stored(String connection, WindowLayout layout) {
    }
}
