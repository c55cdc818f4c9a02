package dev.rowboat.bench;

import dev.rowboat.schema.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where one open's time went, from the steps {@link dev.rowboat.data.DatabaseOpener} reports as it
 * goes: connecting (probe, pool, Hibernate's settings), reading the schema, reflecting it and
 * Hibernate reading the mapping (its boot model), Hibernate starting the session factory (its
 * runtime metamodel), and building the catalog from it. A progress listener, so the open measured
 * is the open the app runs.
 */
final class OpenPhases implements Progress {
    static final List<String> NAMES = List.of("connect", "schema", "mapping", "factory", "catalog");

    private final long start = System.nanoTime();
    /** When each phase after the first began; 0 while not reached. */
    private final long[] began = new long[NAMES.size()];

    @Override
    public void step(String step, long done, long total) {
        int phase = step.startsWith("Reading") ? 1 : step.startsWith("Building the mapping") ? 2
                : step.startsWith("Starting Hibernate") ? 3 : step.startsWith("Building the entity list") ? 4 : -1;
        if (phase > 0 && began[phase] == 0) {
            began[phase] = System.nanoTime();
        }
    }

    /** Each phase's ms, given when the open returned; a phase whose step never came counts as 0. */
    double[] ms(long end) {
        double[] ms = new double[NAMES.size()];
        long from = start;
        for (int i = 0; i < ms.length; i++) {
            long to = i + 1 < ms.length ? (began[i + 1] == 0 ? from : began[i + 1]) : end;
            ms[i] = (to - from) / 1e6;
            from = to;
        }
        return ms;
    }

    /** The median of each phase over the runs, as a line of the table. */
    static String medians(List<double[]> runs) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            cells.add(String.format(Locale.ROOT, "%9.1f", median(runs, i)));
        }
        return String.join(" ", cells);
    }

    static double median(List<double[]> runs, int phase) {
        double[] sorted = runs.stream().mapToDouble(r -> r[phase]).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
