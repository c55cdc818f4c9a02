package dev.rowboat.data.transfer;

import java.nio.file.Path;

/** What an export wrote. */
public record ExportResult(long rows, Path file) {
    /** The sentence a person reads at the end: "Exported 3 rows to /tmp/posts.csv". */
    public String sentence() {
        return "Exported " + String.format("%,d", rows) + (rows == 1 ? " row" : " rows") + " to " + file;
    }
}
