package dev.rowboat.data.console;

import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.UrlPasswords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statements a person ran on one connection (the newest {@value #MAX_ENTRIES}) and the queries
 * they saved by name, kept in a file of their own in Rowboat's data folder and written at every
 * change. A file that cannot be read is logged and set aside; the console starts empty rather than
 * not at all.
 */
public final class ConsoleHistory {
    public static final int MAX_ENTRIES = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHistory.class);
    /** By name as a person reads a list (case aside), names differing only in case kept apart. */
    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private final Path file;
    private final String connectionKey;
    private final List<String> entries;
    private final SortedMap<String, String> saved = new TreeMap<>(BY_NAME);
    /** The entry Ctrl+Up/Down shows; entries.size() when none is (the text being typed is). */
    private int cursor;

    private ConsoleHistory(Path file, String connectionKey, HistoryFile.Contents contents) {
        this.file = file;
        this.connectionKey = connectionKey;
        List<String> history = contents.history();
        this.entries = new ArrayList<>(history.subList(Math.max(0, history.size() - MAX_ENTRIES), history.size()));
        this.saved.putAll(contents.saved());
        this.cursor = entries.size();
    }

    /**
     * The history of the connection {@code connectionKey} names (its URL as displayed; a password
     * in it is removed before it is hashed into the file's name or written), from {@code folder}
     * (see {@code DataLocations.consoleFolder()}).
     */
    public static ConsoleHistory load(Path folder, String connectionKey) {
        String key = UrlPasswords.strip(connectionKey);
        Path file = HistoryFile.of(folder, key);
        try {
            return new ConsoleHistory(file, key, HistoryFile.read(file));
        } catch (IOException e) {
            LOG.warn("Could not read the console history {}; starting with an empty one", file, e);
            setAside(file);
            return new ConsoleHistory(file, key, HistoryFile.Contents.EMPTY);
        }
    }

    /** Keeps an unreadable file for a person to look at instead of writing over it. */
    private static void setAside(Path file) {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
        try {
            if (Files.exists(file)) {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                LOG.warn("Kept the unreadable console history as {}", aside);
            }
        } catch (IOException e) {
            LOG.warn("Could not set the unreadable console history {} aside", file, e);
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Remembers a statement that ran, unless it is blank or the same as the last one; the oldest
     * beyond {@value #MAX_ENTRIES} go. Ends browsing. A file that cannot be written is logged only:
     * the statement stays in this session's history.
     */
    public synchronized void add(String statement) {
        String entry = statement.strip();
        cursor = entries.size();
        if (entry.isEmpty() || (!entries.isEmpty() && entries.get(entries.size() - 1).equals(entry))) {
            return;
        }
        entries.add(entry);
        if (entries.size() > MAX_ENTRIES) {
            entries.subList(0, entries.size() - MAX_ENTRIES).clear();
        }
        cursor = entries.size();
        try {
            write();
        } catch (IOException e) {
            LOG.warn("Could not keep the console history in {}", file, e);
        }
    }

    /** Oldest first. */
    public synchronized List<String> entries() {
        return List.copyOf(entries);
    }

    /** The entries that contain {@code text} (case aside), newest first, each once. */
    public synchronized List<String> search(String text) {
        Pattern contains = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        LinkedHashSet<String> found = new LinkedHashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (contains.matcher(entries.get(i)).find()) {
                found.add(entries.get(i));
            }
        }
        return List.copyOf(found);
    }

    /** One step older (Ctrl+Up); at the oldest it stays there. Empty only when there is no history. */
    public synchronized Optional<String> previous() {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        cursor = Math.max(0, cursor - 1);
        return Optional.of(entries.get(cursor));
    }

    /**
     * One step newer (Ctrl+Down); empty past the newest, where the editor shows again what was
     * being typed.
     */
    public synchronized Optional<String> next() {
        if (cursor >= entries.size() - 1) {
            cursor = entries.size();
            return Optional.empty();
        }
        cursor++;
        return Optional.of(entries.get(cursor));
    }

    /** Ends browsing: the next {@link #previous()} shows the newest entry. */
    public synchronized void resetCursor() {
        cursor = entries.size();
    }

    /**
     * Saves a query by name, replacing one of the same name.
     *
     * @throws IllegalArgumentException when the name is blank
     * @throws DatabaseException PERMISSION_DENIED when the file cannot be written (the query stays saved for this session)
     */
    public synchronized void save(String name, String text) {
        String key = name.strip();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("A saved query needs a name.");
        }
        saved.put(key, text);
        writeOrFail();
    }

    /** @throws DatabaseException PERMISSION_DENIED when the file cannot be written */
    public synchronized void deleteSaved(String name) {
        if (saved.remove(name.strip()) != null) {
            writeOrFail();
        }
    }

    /** The saved queries by name, in the order of their names. */
    public synchronized Map<String, String> saved() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(saved));
    }

    private void writeOrFail() {
        try {
            write();
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Kind.PERMISSION_DENIED,
                    "Could not keep the saved queries in " + file + ": " + e.getMessage(), e);
        }
    }

    private void write() throws IOException {
        HistoryFile.write(file, connectionKey, new HistoryFile.Contents(entries, saved));
    }
}
