package dev.rowboat.data.console;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One connection's console file: JSON, {@code {"connection": …, "history": [oldest … newest],
 * "saved": [{"name": …, "text": …}]}}. Every character outside ASCII is written as a &#92;u
 * escape, so any text a person typed (lone surrogates included) comes back as it was.
 */
final class HistoryFile {
    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** What the file holds; saved queries in the order written. */
    record Contents(List<String> history, Map<String, String> saved) {
        static final Contents EMPTY = new Contents(List.of(), Map.of());
    }

    private HistoryFile() {
    }

    /** The file for a connection: named by a hash of its key, as a URL is no file name. */
    static Path of(Path folder, String connectionKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(connectionKey.getBytes(StandardCharsets.UTF_8));
            return folder.resolve("console-" + HexFormat.of().formatHex(hash, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** @throws IOException when it cannot be read or is not such a file */
    static Contents read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Contents.EMPTY;
        }
        List<String> history = new ArrayList<>();
        Map<String, String> saved = new LinkedHashMap<>();
        try (JsonParser in = JSON.createParser(Files.readAllBytes(file))) {
            expect(in.nextToken(), JsonToken.START_OBJECT, file);
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken value = in.nextToken();
                if (field.equals("history")) {
                    expect(value, JsonToken.START_ARRAY, file);
                    while (in.nextToken() == JsonToken.VALUE_STRING) {
                        history.add(in.getText());
                    }
                    expect(in.currentToken(), JsonToken.END_ARRAY, file);
                } else if (field.equals("saved")) {
                    expect(value, JsonToken.START_ARRAY, file);
                    while (in.nextToken() == JsonToken.START_OBJECT) {
                        readSaved(in, file, saved);
                    }
                    expect(in.currentToken(), JsonToken.END_ARRAY, file);
                } else {
                    in.skipChildren(); // written by a later version
                }
            }
            expect(in.currentToken(), JsonToken.END_OBJECT, file);
        }
        return new Contents(history, saved);
    }

    private static void readSaved(JsonParser in, Path file, Map<String, String> saved) throws IOException {
        String name = null;
        String text = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            if (field.equals("name")) {
                name = in.getValueAsString();
            } else if (field.equals("text")) {
                text = in.getValueAsString();
            } else {
                in.skipChildren();
            }
        }
        if (name == null || text == null) {
            throw new IOException(file + " has a saved query without a name or a text");
        }
        saved.put(name, text);
    }

    private static void expect(JsonToken actual, JsonToken expected, Path file) throws IOException {
        if (actual != expected) {
            throw new IOException(file + " is not a console history: found " + actual + " where " + expected + " belongs");
        }
    }

    /** Writes a temporary file beside it and moves it over, so that a crash leaves the old file or the new one. */
    static void write(Path file, String connectionKey, Contents contents) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp); JsonGenerator json = JSON.createGenerator(out)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeStringField("connection", connectionKey);
                json.writeArrayFieldStart("history");
                for (String entry : contents.history()) {
                    json.writeString(entry);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("saved");
                for (Map.Entry<String, String> query : contents.saved().entrySet()) {
                    json.writeStartObject();
                    json.writeStringField("name", query.getKey());
                    json.writeStringField("text", query.getValue());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
