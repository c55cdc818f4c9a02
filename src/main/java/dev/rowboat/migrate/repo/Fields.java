package dev.rowboat.migrate.repo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The keys of one YAML mapping, read with errors that name the key and line. */
final class Fields {
    private final YamlNode node;
    private final String what;

    Fields(YamlNode node, String what) {
        if (node == null || !node.isMap()) {
            throw new MalformedRevision(node == null ? 1 : node.line(), what + " must be a mapping of keys to values");
        }
        this.node = node;
        this.what = what;
    }

    int line() {
        return node.line();
    }

    Map<String, YamlNode> entries() {
        return node.map();
    }

    /** Rejects keys this mapping does not know: a typo should not be ignored silently. */
    Fields only(Set<String> known) {
        for (Map.Entry<String, YamlNode> e : node.map().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new MalformedRevision(e.getValue().line(), what + ": unknown key \"" + e.getKey() + "\" (expected one of "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    String string(String key) {
        String value = optString(key);
        if (value == null) {
            throw new MalformedRevision(node.line(), what + ": \"" + key + "\" is missing");
        }
        return value;
    }

    String optString(String key) {
        YamlNode v = node.map().get(key);
        if (v == null || v.value() == null) {
            return null;
        }
        if (v.isMap() || v.isList()) {
            throw new MalformedRevision(v.line(), what + ": \"" + key + "\" must be a single value");
        }
        return v.value().toString();
    }

    boolean bool(String key, boolean absent) {
        YamlNode v = node.map().get(key);
        if (v == null || v.value() == null) {
            return absent;
        }
        if (v.value() instanceof Boolean b) {
            return b;
        }
        throw new MalformedRevision(v.line(), what + ": \"" + key + "\" must be true or false, not " + v.value());
    }

    /** A list of names; a single name is accepted as a list of one. */
    List<String> strings(String key) {
        YamlNode v = node.map().get(key);
        if (v == null || v.value() == null) {
            return List.of();
        }
        if (!v.isList()) {
            return List.of(optString(key));
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : v.list()) {
            if (item.value() == null || item.isList() || item.isMap()) {
                throw new MalformedRevision(item.line(), what + ": \"" + key + "\" must list names");
            }
            out.add(item.value().toString());
        }
        return out;
    }

    List<Fields> maps(String key, String itemWhat) {
        YamlNode v = node.map().get(key);
        if (v == null || v.value() == null) {
            return List.of();
        }
        if (!v.isList()) {
            throw new MalformedRevision(v.line(), what + ": \"" + key + "\" must be a list");
        }
        return v.list().stream().map(item -> new Fields(item, itemWhat)).toList();
    }

    Fields map(String key) {
        YamlNode v = node.map().get(key);
        if (v == null) {
            throw new MalformedRevision(node.line(), what + ": \"" + key + "\" is missing");
        }
        return new Fields(v, what + " " + key);
    }

    boolean has(String key) {
        return node.map().containsKey(key);
    }
}
