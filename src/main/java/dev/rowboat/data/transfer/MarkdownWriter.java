package dev.rowboat.data.transfer;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table: the header, a {@code ---} rule, a line per row. A pipe in a
 * value is {@code \|}, a backslash {@code \\}, a line break {@code <br>}. NULL is an empty cell and
 * the empty string {@code ""}, so the two stay apart.
 */
final class MarkdownWriter implements RowWriter {
    private final Writer out;
    private final ValueText.Binary binary;

    MarkdownWriter(Writer out, ValueText.Binary binary) {
        this.out = out;
        this.binary = binary;
    }

    @Override
    public void begin(List<String> columns) throws IOException {
        out.write('|');
        for (String column : columns) {
            out.write(' ' + cell(column) + " |");
        }
        out.write("\n|");
        for (int i = 0; i < columns.size(); i++) {
            out.write(" --- |");
        }
        out.write('\n');
    }

    @Override
    public void row(Object[] values) throws IOException {
        out.write('|');
        for (Object value : values) {
            String text = ValueText.of(value, binary);
            out.write(text == null ? " |" : text.isEmpty() ? " \"\" |" : " " + cell(text) + " |");
        }
        out.write('\n');
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
    }

    @Override
    public void end() {
        // a table ends with its last line
    }
}
