package dev.rowboat.data.transfer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats an export writes. */
public enum ExportFormat {
    CSV("csv", "CSV"),
    JSON("json", "JSON array"),
    JSONL("jsonl", "JSON Lines"),
    SQL("sql", "SQL INSERT statements"),
    MARKDOWN("md", "Markdown table");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** The format a person names on the command line: csv, json, jsonl, sql, markdown (or md). */
    public static Optional<ExportFormat> named(String name) {
        String lower = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("md")) {
            return Optional.of(MARKDOWN);
        }
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    /** The names {@link #named} reads, for a sentence. */
    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
