package dev.rowboat.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Times a call and its reference interleaved in the same run, round by round, so that other work
 * on a shared machine falls on both sides alike. The times are the medians of the per-round means;
 * the ratio is the median of the per-round ratios, each taken from two batches run back to back,
 * so that a slow stretch of the machine (seen here to move a figure by a third within a minute)
 * divides out instead of landing on one side of a ratio of medians.
 */
final class PairedTiming {
    /** Median time per call of each side, in microseconds; the median per-round ratio and its quartiles. */
    record Result(double subjectMicros, double referenceMicros, double ratio, double lowerQuartile, double upperQuartile,
                  int subjectCalls, int referenceCalls, double subjectCpuMicros, double referenceCpuMicros) {
        /** "quartiles 1.31–1.44", for the reader to see how steady the ratio was. */
        String spread() {
            return String.format("quartiles %.2f–%.2f", lowerQuartile, upperQuartile);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int warmup;
    private final int rounds;
    private final long roundNanos;
    private final long warmupBudgetNanos;
    /** Folds every result in, so that the JIT cannot drop a call whose value is unused. */
    private long sink;

    PairedTiming(int warmup, int rounds, long roundMillis) {
        this.warmup = warmup;
        this.rounds = rounds;
        this.roundNanos = roundMillis * 1_000_000;
        this.warmupBudgetNanos = 5_000_000_000L;
    }

    /** Each supplier makes one call and returns something derived from what it read. */
    Result measure(LongSupplier subject, LongSupplier reference) {
        long subjectEach = warm(subject);
        long referenceEach = warm(reference);
        int subjectCalls = callsPerRound(subjectEach);
        int referenceCalls = callsPerRound(referenceEach);
        double[] subjectMeans = new double[rounds];
        double[] referenceMeans = new double[rounds];
        double[] subjectCpu = new double[rounds];
        double[] referenceCpu = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            // Alternate which side goes first, so neither always runs just after the other.
            if (round % 2 == 0) {
                subjectMeans[round] = meanNanos(subject, subjectCalls, subjectCpu, round);
                referenceMeans[round] = meanNanos(reference, referenceCalls, referenceCpu, round);
            } else {
                referenceMeans[round] = meanNanos(reference, referenceCalls, referenceCpu, round);
                subjectMeans[round] = meanNanos(subject, subjectCalls, subjectCpu, round);
            }
        }
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            ratios[round] = subjectMeans[round] / referenceMeans[round];
        }
        return new Result(median(subjectMeans) / 1000, median(referenceMeans) / 1000, median(ratios),
                quantile(ratios, 0.25), quantile(ratios, 0.75), subjectCalls, referenceCalls, median(subjectCpu) / 1000,
                median(referenceCpu) / 1000);
    }

    /** How long the JIT must have compiled nothing before {@link #warmUntilJitQuiet} ends. */
    static final int JIT_QUIET_S = 3;

    /** How a warm-up ended: whether the JIT had gone quiet, or the limit came first (or this JVM cannot tell). */
    record WarmUp(double seconds, boolean jitWatched, boolean jitQuiet, long compilingMillis) {
    }

    /**
     * Calls {@code round} (every side of every figure, say) for at least {@code minimumSeconds}
     * and then until the JIT has compiled nothing for {@value #JIT_QUIET_S} s, at most
     * {@code limitSeconds} in all: a call that goes deep is still being compiled long after a
     * shallow one has settled, and measured then it costs more than it will.
     */
    WarmUp warmUntilJitQuiet(LongSupplier round, int minimumSeconds, int limitSeconds) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean watched = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        long minimum = start + minimumSeconds * 1_000_000_000L;
        long limit = start + Math.max(minimumSeconds, limitSeconds) * 1_000_000_000L;
        long compiled = watched ? jit.getTotalCompilationTime() : 0;
        long quietSince = start;
        while (true) {
            sink += round.getAsLong();
            long now = System.nanoTime();
            if (watched && jit.getTotalCompilationTime() != compiled) {
                compiled = jit.getTotalCompilationTime();
                quietSince = now;
            }
            boolean quiet = !watched || now - quietSince >= JIT_QUIET_S * 1_000_000_000L;
            if (now >= limit || now >= minimum && quiet) {
                return new WarmUp((now - start) / 1e9, watched, watched && quiet, compiled);
            }
        }
    }

    long sink() {
        return sink;
    }

    /** Up to {@code warmup} calls, fewer if they are slow; returns the time of the last one. */
    private long warm(LongSupplier call) {
        long start = System.nanoTime();
        long last = 0;
        for (int i = 0; i < warmup && System.nanoTime() - start < warmupBudgetNanos; i++) {
            long t = System.nanoTime();
            sink += call.getAsLong();
            last = System.nanoTime() - t;
        }
        // The mean of a short batch is steadier than one call for choosing the batch size.
        return Math.max(1, (long) meanNanos(call, last > 10_000_000 ? 1 : 20));
    }

    private int callsPerRound(long nanosEach) {
        return (int) Math.max(1, Math.min(100_000, roundNanos / nanosEach));
    }

    private double meanNanos(LongSupplier call, int calls) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            sink += call.getAsLong();
        }
        return (double) (System.nanoTime() - start) / calls;
    }

    /** The same, also storing the thread's CPU time per call at {@code cpu[round]}: what a shared machine's other work does not add. */
    private double meanNanos(LongSupplier call, int calls, double[] cpu, int round) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        double wall = meanNanos(call, calls);
        cpu[round] = (double) (THREADS.getCurrentThreadCpuTime() - cpuStart) / calls;
        return wall;
    }

    /** The value a fraction {@code q} of the way through the sorted values (nearest rank). */
    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
