package dev.rowboat.schema;

/** Counts the tables a reader has reached, as "Reading tables 240 of 1,000". */
final class TableSteps {
    private final Progress progress;
    private final int total;
    private int done;

    TableSteps(Progress progress, int total) {
        this.progress = progress;
        this.total = total;
        progress.step("Reading tables 0 of " + Progress.count(total), 0, total);
    }

    /** One more table is being read. */
    void next() {
        done++;
        progress.step("Reading tables " + Progress.count(done) + " of " + Progress.count(total), done, total);
    }
}
