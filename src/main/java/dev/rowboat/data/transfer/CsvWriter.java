package dev.rowboat.data.transfer;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180: a header row, CRLF after every record, a field quoted when it holds the delimiter,
 * a quote, CR or LF, and quotes inside doubled. NULL is an empty unquoted field and the empty
 * string a quoted one ({@code ""}), so the two stay apart.
 */
final class CsvWriter implements RowWriter {
    private final Writer out;
    private final char delimiter;
    private final ValueText.Binary binary;

    CsvWriter(Writer out, char delimiter, ValueText.Binary binary) {
        this.out = out;
        this.delimiter = delimiter;
        this.binary = binary;
    }

    @Override
    public void begin(List<String> columns) throws IOException {
        record(columns.toArray(), true);
    }

    @Override
    public void row(Object[] values) throws IOException {
        record(values, false);
    }

    private void record(Object[] values, boolean header) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            String text = header ? String.valueOf(values[i]) : ValueText.of(values[i], binary);
            if (text != null) {
                field(text);
            }
        }
        out.write("\r\n");
    }

    private void field(String text) throws IOException {
        if (!text.isEmpty() && !needsQuotes(text)) {
            out.write(text);
            return;
        }
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
    }

    private boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void end() {
        // RFC 4180 has no trailer
    }
}
