package dev.rowboat.migrate.repo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML into {@link YamlNode}s that remember their line (Jackson's tree forgets it). */
final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    static YamlNode read(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? new YamlNode(null, 1) : node(parser);
        }
    }

    private static YamlNode node(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    map.put(key, node(parser));
                }
                return new YamlNode(map, line);
            }
            case START_ARRAY -> {
                List<YamlNode> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(node(parser));
                }
                return new YamlNode(list, line);
            }
            case VALUE_TRUE -> {
                return new YamlNode(Boolean.TRUE, line);
            }
            case VALUE_FALSE -> {
                return new YamlNode(Boolean.FALSE, line);
            }
            case VALUE_NULL -> {
                return new YamlNode(null, line);
            }
            default -> {
                return new YamlNode(parser.getText(), line);
            }
        }
    }
}
