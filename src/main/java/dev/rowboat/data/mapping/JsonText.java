package dev.rowboat.data.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Whether text is one JSON value, by the JSON standard (RFC 8259) as PostgreSQL's json type reads
 * it: Jackson's streaming parser with its defaults, which allow no comments, single quotes,
 * trailing commas, NaN or leading zeros; and nothing but whitespace after the value.
 */
final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    /** What is wrong with the text as JSON, with where; null when it is valid. */
    static String problem(String text) {
        if (text.isBlank()) {
            return "it is empty.";
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            int depth = 0;
            JsonToken token = parser.nextToken();
            while (token != null) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
                if (depth == 0) {
                    break; // the one value is complete
                }
                token = parser.nextToken();
            }
            if (parser.nextToken() != null) {
                return "more follows after the JSON value" + at(parser.currentTokenLocation());
            }
            return null;
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage();
            int cut = reason.indexOf('\n');
            return (cut < 0 ? reason : reason.substring(0, cut)).strip() + at(e.getLocation());
        } catch (IOException e) {
            return e.getMessage() + ".";
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "."
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").";
    }
}
