package dev.rowboat.schema;

/**
 * Where long work (reading a schema, opening a database, running a migration) reports its steps,
 * so that a window can say what is happening and how far it is rather than spin. Called on the
 * working thread; a listener that shows the steps moves them to its own thread.
 */
@FunctionalInterface
public interface Progress {
    /** Reports nowhere. */
    Progress NONE = (step, done, total) -> { };

    /**
     * @param step what is being done, as a short phrase ("Reading tables 240 of 1,000")
     * @param done how much of it is done
     * @param total how much there is; 0 or less when it is not known
     */
    void step(String step, long done, long total);

    /** A step whose size is not known. */
    default void step(String step) {
        step(step, -1, -1);
    }

    /** "1,000": counts in steps are grouped as a person reads them. */
    static String count(long n) {
        // by hand: String.format is a noticeable part of reporting each of 1,000 tables
        String digits = Long.toString(Math.abs(n));
        StringBuilder grouped = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
