package dev.rowboat.data.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON as the exporter writes it: an array of objects, or JSON Lines (one object per
 * line), keyed by column name. A number keeps its text (a decimal its every digit), null is
 * NULL, "" the empty string, and a nested object or array its JSON text (for JSON columns).
 */
public final class JsonRecordReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonRecordReader() {
    }

    public static ImportTable read(String text) {
        List<String> columns = new ArrayList<>();
        List<Map<String, String>> objects = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            boolean array = first == JsonToken.START_ARRAY;
            JsonToken token = array ? parser.nextToken() : first;
            while (token != null && token != JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    throw new ImportFileException(new ImportProblem(line, null, "expected an object of column names and values"));
                }
                lines.add(line);
                objects.add(object(parser, columns));
                token = parser.nextToken();
            }
            if (array && parser.nextToken() != null) {
                throw new ImportFileException(new ImportProblem(parser.currentTokenLocation().getLineNr(), null,
                        "text follows the end of the array"));
            }
        } catch (JsonParseException e) {
            throw new ImportFileException(new ImportProblem(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), null,
                    "the JSON is broken: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ImportTable.Row> rows = new ArrayList<>(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            Map<String, String> object = objects.get(i);
            List<String> values = new ArrayList<>(columns.size());
            columns.forEach(c -> values.add(object.get(c)));
            rows.add(new ImportTable.Row(lines.get(i), values));
        }
        return new ImportTable("JSON", columns, rows);
    }

    private static Map<String, String> object(JsonParser parser, List<String> columns) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!columns.contains(name)) {
                columns.add(name);
            }
            JsonToken value = parser.nextToken();
            values.put(name, switch (value) {
                case VALUE_NULL -> null;
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
                default -> structure(parser);
            });
        }
        return values;
    }

    private static String structure(JsonParser parser) throws IOException {
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(json)) {
            generator.copyCurrentStructure(parser);
        }
        return json.toString();
    }
}
