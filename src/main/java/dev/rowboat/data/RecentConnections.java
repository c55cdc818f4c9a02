package dev.rowboat.data;

import dev.rowboat.schema.UrlPasswords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections a person opened lately, newest first. Only the password-free form is written:
 * a password is asked again rather than kept on disk in plain text.
 */
public final class RecentConnections {
    private static final Logger LOG = LoggerFactory.getLogger(RecentConnections.class);
    private static final int MAX = 12;

    private final Path file;

    public RecentConnections(Path file) {
        this.file = file;
    }

    public List<String> list() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList() : List.of();
        } catch (IOException e) {
            LOG.warn("Could not read recent connections from {}", file, e);
            return List.of();
        }
    }

    /** Remembers a URL as typed, with any password removed. */
    public void remember(String url) {
        String safe = withoutPassword(url);
        List<String> entries = new ArrayList<>(list());
        entries.remove(safe);
        entries.add(0, safe);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, entries.subList(0, Math.min(MAX, entries.size())), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not save recent connections to {}", file, e);
        }
    }

    /** {@code postgresql://me:secret@host/db} becomes {@code postgresql://me@host/db}; JDBC password options go too. */
    public static String withoutPassword(String url) {
        return UrlPasswords.strip(url);
    }
}
