package dev.rowboat.ui.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * When each step of the start came, in milliseconds since the process started: the JVM until
 * {@code main}, the JavaFX toolkit, the window, the connection, Hibernate, the entity list, the row
 * counts, and a first grid's rows after its click. One per process, because the marks come from
 * {@code main}, the toolkit's threads and the view-models, which JavaFX creates on its own; each
 * phase counts once, its first time. The start benchmark reads it from standard error
 * ({@code -Drowboat.timeline=true}).
 */
public final class StartupTimeline {
    private static final StartupTimeline PROCESS = new StartupTimeline(processStart());

    /** A step of the start, {@code ms} after the process started. */
    public record Mark(String phase, long ms) {
    }

    private final long originNanos;
    private final List<Mark> marks = new ArrayList<>();
    private final List<Consumer<Mark>> listeners = new ArrayList<>();

    StartupTimeline(Instant processStart) {
        // nanoTime is monotonic; the process start is only known as a wall-clock instant
        long sinceStart = java.time.Duration.between(processStart, Instant.now()).toNanos();
        this.originNanos = System.nanoTime() - sinceStart;
    }

    public static StartupTimeline process() {
        return PROCESS;
    }

    /** Records {@code phase} now, unless it was recorded before. */
    public synchronized void mark(String phase) {
        if (marks.stream().anyMatch(m -> m.phase().equals(phase))) {
            return;
        }
        Mark mark = new Mark(phase, (System.nanoTime() - originNanos) / 1_000_000);
        marks.add(mark);
        listeners.forEach(l -> l.accept(mark));
    }

    /**
     * Marks the end of a phase of opening a database from the step the opener reports next: each
     * step begins when the one before ended.
     */
    public void markOpenerStep(String step) {
        if (step.startsWith("Reading") || step.startsWith("Building the mapping")) {
            mark("connected");
        } else if (step.startsWith("Starting Hibernate")) {
            mark("schema read");
        } else if (step.startsWith("Building the entity list")) {
            mark("hibernate started");
        }
    }

    /** Hears every mark from now on, and the ones made before. */
    public synchronized void listen(Consumer<Mark> listener) {
        listeners.add(listener);
        marks.forEach(listener);
    }

    public synchronized List<Mark> marks() {
        return List.copyOf(marks);
    }

    /**
     * The CPU time of the calling thread so far, in milliseconds (-1 where Linux's scheduler
     * statistics are not there): which of the start's two paths a phase spent, whatever else the
     * machine is doing.
     */
    public static long threadCpuMillis() {
        try {
            String schedstat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))) / 1_000_000;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Instant processStart() {
        // ProcessHandle's start instant adds the boot time, which Linux gives to the whole second only:
        // it put "main" up to a second late. The process's age from /proc is exact to one clock tick.
        return linuxProcessAge().map(age -> Instant.now().minus(age)).orElseGet(
                () -> ProcessHandle.current().info().startInstant().orElseGet(
                        () -> Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime())));
    }

    static java.util.Optional<java.time.Duration> linuxProcessAge() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String uptime = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime"));
            // fields after the command name's closing parenthesis start with field 3 (state); starttime is field 22
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            long ageMillis = Math.round(upSeconds * 1000) - startTicks * 1000 / CLOCK_TICKS_PER_SECOND;
            return ageMillis >= 0 ? java.util.Optional.of(java.time.Duration.ofMillis(ageMillis)) : java.util.Optional.empty();
        } catch (java.io.IOException | RuntimeException notLinux) {
            return java.util.Optional.empty();
        }
    }

    /** USER_HZ, which Linux fixes at 100 on every architecture Rowboat runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;
}
