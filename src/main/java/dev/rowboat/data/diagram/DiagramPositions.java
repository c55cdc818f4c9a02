package dev.rowboat.data.diagram;

import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.UrlPasswords;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the person put the boxes of one database's diagram, kept in a properties file of the data
 * folder named by a hash of the connection's URL (its password removed first), as the console's
 * history is. Entities not listed are placed by the layout.
 */
public final class DiagramPositions {
    private static final Logger LOG = LoggerFactory.getLogger(DiagramPositions.class);
    private final Path file;
    private final String connectionKey;

    private DiagramPositions(Path file, String connectionKey) {
        this.file = file;
        this.connectionKey = connectionKey;
    }

    public static DiagramPositions of(Path folder, String connectionUrl) {
        String key = UrlPasswords.strip(connectionUrl);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return new DiagramPositions(folder.resolve("diagram-" + HexFormat.of().formatHex(hash, 0, 16) + ".properties"), key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public Path file() {
        return file;
    }

    /** The remembered places; none when there are none or the file cannot be read (logged: a layout is no reason to stop). */
    public Map<String, DiagramPoint> load() {
        Map<String, DiagramPoint> places = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return places;
        }
        Properties all = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            all.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read the diagram's positions {}; laying it out afresh", file, e);
            return places;
        }
        for (String entity : all.stringPropertyNames()) {
            String[] xy = all.getProperty(entity).split(",");
            try {
                places.put(entity, new DiagramPoint(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                LOG.warn("Ignoring the position {}={} in {}", entity, all.getProperty(entity), file);
            }
        }
        return places;
    }

    /** Keeps {@code places}, replacing what was kept. @throws DatabaseException PERMISSION_DENIED when it cannot be written */
    public void save(Map<String, DiagramPoint> places) {
        Properties all = new Properties();
        places.forEach((entity, p) -> all.setProperty(entity, Math.round(p.x()) + "," + Math.round(p.y())));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                all.store(out, "Rowboat diagram positions of " + connectionKey);
            }
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Kind.PERMISSION_DENIED,
                    "Could not keep the diagram's positions in " + file + ": " + e.getMessage(), e);
        }
    }
}
