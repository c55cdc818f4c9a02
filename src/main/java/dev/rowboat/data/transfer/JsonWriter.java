package dev.rowboat.data.transfer;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One JSON object per row keyed by column name, in an array ({@code [ ... ]}, a row a line) or
 * as JSON Lines (a row a line, nothing around). Numbers are JSON numbers in their exact text,
 * booleans JSON booleans, NULL {@code null}; everything else is a string in {@link ValueText}'s form.
 */
final class JsonWriter implements RowWriter {
    private final Writer out;
    private final boolean lines;
    private final ValueText.Binary binary;
    private String[] keys;
    private long rows;

    JsonWriter(Writer out, boolean lines, ValueText.Binary binary) {
        this.out = out;
        this.lines = lines;
        this.binary = binary;
    }

    @Override
    public void begin(List<String> columns) throws IOException {
        keys = new String[columns.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = quoted(columns.get(i)) + ":";
        }
        if (!lines) {
            out.write('[');
        }
    }

    @Override
    public void row(Object[] values) throws IOException {
        if (!lines) {
            out.write(rows == 0 ? "\n" : ",\n");
        }
        out.write('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(keys[i]);
            out.write(value(values[i]));
        }
        out.write('}');
        if (lines) {
            out.write('\n');
        }
        rows++;
    }

    private String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || ValueText.isNumber(value)) {
            return ValueText.of(value, binary);
        }
        return quoted(ValueText.of(value, binary));
    }

    @Override
    public void end() throws IOException {
        if (!lines) {
            out.write(rows == 0 ? "]\n" : "\n]\n");
        }
    }

    static String quoted(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
