package dev.rowboat.data;

import dev.rowboat.schema.Safeguards;
import dev.rowboat.schema.UrlPasswords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections a person opened lately, newest first, each with how it was marked (read-only,
 * production), so that choosing it again marks it again. Only the password-free form is written:
 * a password is asked again rather than kept on disk in plain text.
 *
 * <p>One connection a line: the URL, then a tab and its marks ({@code read-only, production})
 * when it has any; a line without a tab (as earlier versions wrote) is a connection without marks.
 */
public final class RecentConnections {
    private static final Logger LOG = LoggerFactory.getLogger(RecentConnections.class);
    private static final int MAX = 12;
    private static final char MARKS = '\t';

    private final Path file;

    /** One remembered connection: the URL as typed (without a password) and its marks. */
    public record Entry(String url, Safeguards safeguards) {
    }

    public RecentConnections(Path file) {
        this.file = file;
    }

    /** The URLs, newest first. */
    public List<String> list() {
        return entries().stream().map(Entry::url).toList();
    }

    public List<Entry> entries() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).map(RecentConnections::entryOf).toList() : List.of();
        } catch (IOException e) {
            LOG.warn("Could not read recent connections from {}", file, e);
            return List.of();
        }
    }

    /** How the connection with this URL (as typed, a password in it or not) was marked when last opened. */
    public Optional<Safeguards> safeguardsOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String safe = withoutPassword(url.strip());
        return entries().stream().filter(e -> e.url().equals(safe)).map(Entry::safeguards).findFirst();
    }

    /** Remembers a URL as typed without marks. */
    public void remember(String url) {
        remember(url, Safeguards.NONE);
    }

    /** Remembers a URL as typed, with any password removed, and its marks. */
    public void remember(String url, Safeguards safeguards) {
        String safe = withoutPassword(url.strip());
        List<Entry> entries = new ArrayList<>(entries());
        entries.removeIf(e -> e.url().equals(safe));
        entries.add(0, new Entry(safe, safeguards));
        List<String> lines = entries.subList(0, Math.min(MAX, entries.size())).stream().map(RecentConnections::lineOf).toList();
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not save recent connections to {}", file, e);
        }
    }

    /** {@code postgresql://me:secret@host/db} becomes {@code postgresql://me@host/db}; JDBC password options go too. */
    public static String withoutPassword(String url) {
        return UrlPasswords.strip(url);
    }

    private static Entry entryOf(String line) {
        int tab = line.indexOf(MARKS);
        return tab < 0 ? new Entry(line.strip(), Safeguards.NONE)
                : new Entry(line.substring(0, tab).strip(), Safeguards.parse(line.substring(tab + 1)));
    }

    private static String lineOf(Entry entry) {
        return entry.safeguards().any() ? entry.url() + MARKS + entry.safeguards().describe() : entry.url();
    }
}
