package dev.rowboat.ui.common;

/**
 * A step a running task reported, as the FX thread receives it.
 *
 * @param step what the task is doing ("Reading tables 240 of 1,000")
 * @param done how much of the step is done
 * @param total how much there is; 0 or less when not known
 */
public record TaskProgress(String step, long done, long total) {
    /** The fraction done for a progress bar: -1 (indeterminate) where the total is not known. */
    public double fraction() {
        return total > 0 ? Math.min(1.0, Math.max(0.0, (double) done / total)) : -1;
    }
}
