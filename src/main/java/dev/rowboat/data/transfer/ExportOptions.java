package dev.rowboat.data.transfer;

import dev.rowboat.schema.Dbms;

/**
 * How an export writes its rows.
 *
 * @param delimiter CSV's field separator: {@code ,} {@code ;} tab or {@code |}
 * @param binary how binary values are written
 * @param dialect the database SQL INSERT statements are written for
 * @param insertBatch rows per INSERT statement
 */
public record ExportOptions(ExportFormat format, char delimiter, ValueText.Binary binary, Dbms dialect, int insertBatch) {
    public static final String DELIMITERS = ",;\t|";

    public ExportOptions {
        if (DELIMITERS.indexOf(delimiter) < 0) {
            throw new IllegalArgumentException("delimiter " + delimiter);
        }
        if (insertBatch < 1) {
            throw new IllegalArgumentException("insert batch " + insertBatch);
        }
    }

    /** Comma-separated CSV, base64 binary, INSERTs of 100 rows for this dialect. */
    public static ExportOptions of(ExportFormat format, Dbms dialect) {
        return new ExportOptions(format, ',', ValueText.Binary.BASE64, dialect, 100);
    }

    public ExportOptions withDelimiter(char newDelimiter) {
        return new ExportOptions(format, newDelimiter, binary, dialect, insertBatch);
    }

    public ExportOptions withBinary(ValueText.Binary newBinary) {
        return new ExportOptions(format, delimiter, newBinary, dialect, insertBatch);
    }

    public ExportOptions withFormat(ExportFormat newFormat) {
        return new ExportOptions(newFormat, delimiter, binary, dialect, insertBatch);
    }

    /** The writer of this format over an open text stream. */
    public RowWriter writer(java.io.Writer out, String table) {
        return switch (format) {
            case CSV -> new CsvWriter(out, delimiter, binary);
            case JSON -> new JsonWriter(out, false, binary);
            case JSONL -> new JsonWriter(out, true, binary);
            case SQL -> new SqlInsertWriter(out, SqlLiterals.of(dialect), table, insertBatch);
            case MARKDOWN -> new MarkdownWriter(out, binary);
        };
    }
}
