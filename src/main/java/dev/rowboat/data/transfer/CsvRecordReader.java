package dev.rowboat.data.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 has it (quoted fields with doubled quotes and line breaks in them; CRLF or
 * LF), with the delimiter given or found in the header line. An empty unquoted field is NULL and
 * an empty quoted one ({@code ""}) the empty string, as the exporter writes them. A row of another
 * width than the header is a malformed file, not a refused row: its values would land in the
 * wrong columns.
 */
public final class CsvRecordReader {
    /** The delimiters a person can choose, in the order detection prefers them. */
    public static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');

    private final String text;
    private final char delimiter;
    private int pos;
    private int line = 1;

    private CsvRecordReader(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** Reads the text with the delimiter the header line uses most. */
    public static ImportTable read(String text) {
        return read(text, detectDelimiter(text));
    }

    public static ImportTable read(String text, char delimiter) {
        CsvRecordReader reader = new CsvRecordReader(text, delimiter);
        List<String> header = reader.record();
        if (header == null) {
            throw new ImportFileException(new ImportProblem(1, null, "the file is empty: a CSV file starts with a header line of column names"));
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) == null || header.get(i).isBlank()) {
                throw new ImportFileException(new ImportProblem(1, null, "column " + (i + 1) + " of the header has no name"));
            }
        }
        List<ImportTable.Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        while (true) {
            int start = reader.line;
            List<String> values = reader.record();
            if (values == null) {
                break;
            }
            if (values.size() == 1 && values.get(0) == null && header.size() > 1) {
                continue; // a blank line
            }
            if (values.size() != header.size()) {
                problems.add(new ImportProblem(start, null, "the row has " + values.size() + " values where the header has "
                        + header.size() + " columns"));
            } else {
                rows.add(new ImportTable.Row(start, values));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportFileException(problems);
        }
        return new ImportTable("CSV (" + name(delimiter) + ")", header, rows);
    }

    /** Records without a header (pasted text): each line's fields, NULL for an empty unquoted one; widths may differ. */
    public static List<List<String>> records(String text, char delimiter) {
        CsvRecordReader reader = new CsvRecordReader(text, delimiter);
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = reader.record(); record != null; record = reader.record()) {
            records.add(record);
        }
        return records;
    }

    /** The delimiter that occurs most often outside quotes in the first line; a comma when none does. */
    public static char detectDelimiter(String text) {
        int[] counts = new int[DELIMITERS.size()];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && DELIMITERS.contains(c)) {
                counts[DELIMITERS.indexOf(c)]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS.get(best);
    }

    public static String name(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "bar";
            default -> String.valueOf(delimiter);
        };
    }

    /** The next record's fields, or null at the end of the text. */
    private List<String> record() {
        if (pos >= text.length()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(field());
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos);
            if (c == delimiter) {
                pos++;
            } else { // a line break ends the record
                pos += c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? 2 : 1;
                line++;
                return fields;
            }
        }
    }

    private String field() {
        if (pos < text.length() && text.charAt(pos) == '"') {
            return quotedField();
        }
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == delimiter || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw new ImportFileException(new ImportProblem(line, null,
                        "a quote inside an unquoted value; put the whole value in quotes and double the quote"));
            }
            pos++;
        }
        return pos == start ? null : text.substring(start, pos);
    }

    private String quotedField() {
        int startLine = line;
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new ImportFileException(new ImportProblem(startLine, null, "a quoted value is not closed before the end of the file"));
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    value.append('"');
                    pos++;
                } else {
                    break;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                value.append(c);
            }
        }
        if (pos < text.length() && text.charAt(pos) != delimiter && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            throw new ImportFileException(new ImportProblem(line, null, "text follows a closing quote; a quote inside a value is doubled"));
        }
        return value.toString();
    }
}
