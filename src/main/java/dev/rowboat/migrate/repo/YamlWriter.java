package dev.rowboat.migrate.repo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes revision files the way a person would: operations as block mappings, small leaf
 * mappings (a column, a foreign key) on one line in flow style, column lists as {@code [a, b]},
 * multi-line SQL as a literal block. Jackson's generator cannot mix block and flow styles.
 * Values are {@code String}, {@code Boolean}, {@code List} or {@code Map} (nulls are left out).
 */
final class YamlWriter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9_ ./()*<>=+-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

    private final StringBuilder out = new StringBuilder();

    static String write(Map<String, Object> document) {
        YamlWriter writer = new YamlWriter();
        writer.blockMap(document, 0);
        return writer.out.toString();
    }

    private void blockMap(Map<String, ?> map, int indent) {
        for (Map.Entry<String, ?> e : map.entrySet()) {
            out.append(" ".repeat(indent)).append(e.getKey()).append(':');
            value(e.getValue(), indent + 2);
        }
    }

    /** Writes the value after {@code key:} (leading space included) and ends the line. */
    private void value(Object value, int indent) {
        if (value instanceof Map<?, ?> map) {
            if (isLeaf(map)) {
                out.append(' ').append(flow(map)).append('\n');
            } else {
                out.append('\n');
                blockMap(cast(map), indent);
            }
        } else if (value instanceof List<?> list) {
            if (list.stream().noneMatch(v -> v instanceof Map || v instanceof List)) {
                out.append(' ').append(flow(list)).append('\n');
            } else {
                out.append('\n');
                blockList(list, indent);
            }
        } else if (value instanceof String s && s.contains("\n") && literalFits(s)) {
            out.append(" |-\n");
            for (String line : s.split("\n", -1)) {
                out.append(line.isEmpty() ? "" : " ".repeat(indent) + line).append('\n');
            }
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private void blockList(List<?> list, int indent) {
        for (Object item : list) {
            out.append(" ".repeat(indent)).append("- ");
            if (item instanceof Map<?, ?> map && !isLeaf(map)) {
                // the first key goes on the dash's line, the rest line up under it
                int at = out.length();
                blockMap(cast(map), indent + 2);
                out.delete(at, at + indent + 2);
            } else if (item instanceof Map<?, ?> map) {
                out.append(flow(map)).append('\n');
            } else if (item instanceof List<?> inner) {
                out.append(flow(inner)).append('\n');
            } else {
                out.append(scalar(item)).append('\n');
            }
        }
    }

    private static boolean isLeaf(Map<?, ?> map) {
        return map.values().stream().allMatch(v -> v instanceof List<?> l
                ? l.stream().noneMatch(i -> i instanceof Map || i instanceof List)
                : !(v instanceof Map) && !(v instanceof String s && s.contains("\n")));
    }

    private static String flow(Map<?, ?> map) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append(e.getKey()).append(": ").append(e.getValue() instanceof List<?> l ? flow(l) : flowScalar(e.getValue()));
        }
        return b.append('}').toString();
    }

    private static String flow(List<?> list) {
        StringBuilder b = new StringBuilder("[");
        for (Object item : list) {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append(flowScalar(item));
        }
        return b.append(']').toString();
    }

    private static String flowScalar(Object value) {
        return scalar(value); // the plain pattern already excludes the flow indicators , [ ] { }
    }

    static String scalar(Object value) {
        if (value instanceof Boolean b) {
            return b.toString();
        }
        String s = (String) value;
        boolean plain = PLAIN.matcher(s).matches() && !s.endsWith(" ") && !s.contains(" -")
                && !RESERVED.contains(s.toLowerCase(Locale.ROOT));
        return plain ? s : quote(s);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A literal block keeps text exactly only without leading blanks, tabs or trailing newlines. */
    private static boolean literalFits(String s) {
        return !s.startsWith(" ") && !s.endsWith("\n") && !s.contains("\t") && !s.contains("\r")
                && s.lines().noneMatch(l -> l.endsWith(" ") || l.isBlank() && !l.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
