package dev.rowboat.data.transfer;

/** Hears how far an export is: after every page. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total) -> { };

    /** @param total the number of rows, or -1 where it is not known */
    void rows(long done, long total);
}
