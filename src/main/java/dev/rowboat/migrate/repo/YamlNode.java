package dev.rowboat.migrate.repo;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value with the line it starts on, so that errors can point at the line a
 * reviewer has to fix. {@code value} is a {@code String}, {@code Boolean}, null,
 * {@code Map<String, YamlNode>} or {@code List<YamlNode>}.
 */
record YamlNode(Object value, int line) {
    @SuppressWarnings("unchecked")
    Map<String, YamlNode> map() {
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        return (List<YamlNode>) value;
    }

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }
}
