package dev.rowboat.data.transfer;

import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a file to import as rows of text, CSV or JSON by its name or, failing that, its first character. */
public final class ImportFiles {
    private ImportFiles() {
    }

    /** @param delimiter the CSV delimiter, or null to find it in the header line */
    public static ImportTable read(Path file, Character delimiter) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DatabaseException(DatabaseException.Kind.FILE_MISSING, "There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Kind.FILE_MISSING, "Could not read " + file + ": " + e.getMessage(), e);
        }
        return parse(ImportText.decode(bytes), file.getFileName().toString(), delimiter);
    }

    /** @param name the file's name, whose extension says the format where it can */
    public static ImportTable parse(String text, String name, Character delimiter) {
        if (isJson(text, name)) {
            return JsonRecordReader.read(text);
        }
        return delimiter == null ? CsvRecordReader.read(text) : CsvRecordReader.read(text, delimiter);
    }

    static boolean isJson(String text, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return true;
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
            return false;
        }
        String start = text.stripLeading();
        return start.startsWith("[") || start.startsWith("{");
    }
}
