package dev.rowboat.bench;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Starts the real app, in a real window under its own Xvfb, on the 1,000,000-post SQLite file, side
 * by side with Debian's DB Browser for SQLite ({@code sqlitebrowser}) on the same file, alternating,
 * and prints each one's time to window, Rowboat's time to its entity list with counts and to the
 * Post grid's first rows, and the resident memory (RSS) of both when idle and after paging to the
 * end of the post table and back, with the ratios. It prints and never fails on time: it is not a test.
 *
 * <pre>mvn -q package -DskipTests &amp;&amp; mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.rowboat.bench.StartBenchmark [-Dexec.args="--runs 3"]</pre>
 *
 * Times count from the process's start. The window is the first visible top-level window of the
 * process (polled with xdotool every 20 ms). Rowboat's other times come from its own timeline
 * ({@code -Drowboat.timeline=true}); the Post grid is opened by the app itself once the counts are
 * in ({@code -Drowboat.script.open=Post}, the same selection a click makes), and "first rows" is
 * from that selection to the rows in the grid. Paging is the same keys in both: a click in the
 * middle of the grid, Ctrl+End, then Ctrl+Home.
 */
public final class StartBenchmark {
    private static final double TARGET_WINDOW_TO_LIST_S = 1.5;
    private static final double TARGET_FIRST_ROWS_S = 0.3;
    private static final double TARGET_RSS_RATIO = 1.5;

    private final Options options;
    private final PrintStream out;
    private final Path work;
    private String display;
    private Process xvfb;

    record Options(int runs, long rows, int users, Path launcher, int settleSeconds, int pageSeconds) {
        static Options parse(String[] args) {
            int runs = 3;
            long rows = 1_000_000;
            int users = 10_000;
            Path launcher = Path.of("target", "rowboat");
            int settle = 6;
            int page = 8;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--rows" -> rows = Long.parseLong(value.replace(",", "").replace("_", ""));
                    case "--users" -> users = Integer.parseInt(value.replace(",", "").replace("_", ""));
                    case "--launcher" -> launcher = Path.of(value);
                    case "--settle-s" -> settle = Integer.parseInt(value);
                    case "--page-s" -> page = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]
                            + ". Use --runs N, --rows N, --users N, --launcher PATH, --settle-s S, --page-s S.");
                }
                i++;
            }
            return new Options(runs, rows, users, launcher, settle, page);
        }
    }

    /** One start of one program: seconds from its process start, and RSS in MB; NaN where not measured. */
    record Run(double window, double list, double firstRows, double rssIdle, double rssPaged, Map<String, Long> timeline) {
    }

    StartBenchmark(Options options, PrintStream out) throws IOException {
        this.options = options;
        this.out = out;
        this.work = Files.createTempDirectory("rowboat-start-bench");
    }

    public static void main(String[] args) throws Exception {
        new StartBenchmark(Options.parse(args), System.out).run();
    }

    void run() throws Exception {
        for (String tool : List.of("Xvfb", "xdotool", "sqlitebrowser")) {
            if (!onPath(tool)) {
                out.println("Needs " + tool + " (Debian: apt-get install xvfb xdotool sqlitebrowser).");
                return;
            }
        }
        if (!Files.isExecutable(options.launcher())) {
            out.println("Needs the launcher " + options.launcher() + ": run `mvn -q package -DskipTests` first.");
            return;
        }
        Path file = benchFile();
        startXvfb();
        try {
            out.printf("Start benchmark: %s (%,d posts), %d runs each, alternating; Xvfb %s 1400x900; %d cores, load average %.2f%n",
                    file, options.rows(), options.runs(), display, Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.println("sqlitebrowser: " + firstLine("dpkg-query", "-W", "-f=${Version}", "sqlitebrowser") + "; java: " + System.getProperty("java.version"));
            List<Run> browser = new ArrayList<>();
            List<Run> rowboat = new ArrayList<>();
            for (int i = 1; i <= options.runs(); i++) {
                Run b = measure(List.of("sqlitebrowser", "-t", "post", file.toString()), Map.of(), false);
                out.printf("run %d  DB Browser for SQLite: %s%n", i, describe(b));
                browser.add(b);
                Run r = measure(List.of(options.launcher().toAbsolutePath().toString(), "--url", "sqlite:///" + file),
                        Map.of("ROWBOAT_OPTS", "-Drowboat.timeline=true -Drowboat.script.open=Post -Drowboat.home=" + work.resolve("home-" + i)),
                        true);
                out.printf("run %d  Rowboat:                %s%n", i, describe(r));
                out.printf("        Rowboat's phases (ms from process start): %s%n", r.timeline());
                rowboat.add(r);
            }
            printTable(browser, rowboat);
        } finally {
            xvfb.destroy();
        }
    }

    private Path benchFile() throws IOException {
        BenchDatabase files = new BenchDatabase(Dbms.SQLITE, Path.of("target", "bench-data"), options.users(), options.rows(), out);
        try (OpenDatabase ignored = files.openFilled()) {
            return files.spec().file().toAbsolutePath();
        }
    }

    private Run measure(List<String> command, Map<String, String> env, boolean rowboat) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.environment().put("DISPLAY", display);
        // sqlitebrowser keeps settings and recent files under HOME; a fresh one each run
        Path home = Files.createDirectories(work.resolve("user-" + System.nanoTime()));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        xdotool("mousemove", "0", "0"); // out of the way of the new window, as a person's pointer at the launcher would be
        MappedWindows mapped = new MappedWindows();
        long started = System.nanoTime();
        Process process = builder.start();
        Map<String, Long> timeline = new ConcurrentHashMap<>();
        Thread reader = readTimeline(process, timeline);
        try {
            MappedWindows.Mapped first = mapped.firstMainWindow(started, 90);
            String window = first.id();
            double windowS = (first.nanos() - started) / 1e9;
            double list = Double.NaN;
            double firstRows = Double.NaN;
            if (rowboat) {
                waitFor(timeline, "first rows", 90);
                list = seconds(timeline.get("counts"));
                firstRows = timeline.containsKey("first rows") && timeline.containsKey("entity clicked")
                        ? (timeline.get("first rows") - timeline.get("entity clicked")) / 1e3 : Double.NaN;
            }
            TimeUnit.SECONDS.sleep(options.settleSeconds());
            double idle = rssMb(process.pid());
            page(window);
            double paged = rssMb(process.pid());
            return new Run(windowS, list, firstRows, idle, paged, new LinkedHashMap<>(timeline));
        } finally {
            mapped.close();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            reader.join(2000);
        }
    }

    /** A click in the middle of the window (the grid in both), Ctrl+End, and back with Ctrl+Home. */
    private void page(String window) throws Exception {
        Map<String, Integer> geometry = geometry(window);
        int x = geometry.get("X") + geometry.get("WIDTH") * 55 / 100;
        int y = geometry.get("Y") + geometry.get("HEIGHT") / 2;
        xdotool("windowfocus", "--sync", window);
        xdotool("mousemove", "--sync", String.valueOf(x), String.valueOf(y));
        xdotool("click", "1");
        TimeUnit.MILLISECONDS.sleep(500);
        xdotool("key", "ctrl+End");
        TimeUnit.SECONDS.sleep(options.pageSeconds());
        xdotool("key", "ctrl+Home");
        TimeUnit.SECONDS.sleep(options.pageSeconds() / 2);
    }

    private static Thread readTimeline(Process process, Map<String, Long> timeline) {
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    // "rowboat-timeline first rows 1834 cpu 2410"
                    if (line.startsWith("rowboat-timeline ")) {
                        String[] words = line.substring("rowboat-timeline ".length()).split(" ");
                        int cpu = java.util.Arrays.asList(words).indexOf("cpu");
                        String phase = String.join(" ", java.util.Arrays.copyOfRange(words, 0, cpu - 1));
                        timeline.put(phase, Long.parseLong(words[cpu - 1]));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended; what was read stays
            }
        }, "timeline-reader");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static void waitFor(Map<String, Long> timeline, String phase, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!timeline.containsKey(phase) && System.nanoTime() < until) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /**
     * The windows mapped on the display, heard as X events ({@code xev -root -event substructure}) with
     * the time each came: polling with {@code xdotool search} took a fifth of a core from the program
     * being timed, on a machine of two.
     */
    private final class MappedWindows implements AutoCloseable {
        record Mapped(String id, long nanos) {
        }

        private final Process xev;
        private final java.util.concurrent.BlockingQueue<Mapped> maps = new java.util.concurrent.LinkedBlockingQueue<>();

        MappedWindows() throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder("stdbuf", "-oL", "xev", "-root", "-event", "substructure");
            builder.environment().put("DISPLAY", display);
            xev = builder.redirectErrorStream(true).start();
            Thread listener = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(xev.getInputStream(), StandardCharsets.UTF_8))) {
                    boolean mapNotify = false;
                    String line;
                    while ((line = lines.readLine()) != null) {
                        long now = System.nanoTime();
                        if (line.startsWith("MapNotify event")) {
                            mapNotify = true;
                        } else if (mapNotify && line.contains(" window 0x")) {
                            // "    event 0x50d, window 0x400002, override NO"
                            String id = line.substring(line.indexOf(" window 0x") + " window ".length()).split(",")[0].strip();
                            maps.add(new Mapped(String.valueOf(Long.decode(id)), now));
                            mapNotify = false;
                        }
                    }
                } catch (IOException e) {
                    // xev ended: closed after the run
                }
            }, "xev-listener");
            listener.setDaemon(true);
            listener.start();
            TimeUnit.MILLISECONDS.sleep(200); // xev selects its events before the program starts
        }

        /** The first window mapped after {@code since} that is a main window's size, not a popup's or GTK's helper. */
        Mapped firstMainWindow(long since, int seconds) throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < until) {
                Mapped next = maps.poll(200, TimeUnit.MILLISECONDS);
                if (next == null || next.nanos() < since) {
                    continue;
                }
                Map<String, Integer> g = geometry(next.id());
                if ((long) g.getOrDefault("WIDTH", 0) * g.getOrDefault("HEIGHT", 0) >= 400L * 300) {
                    return next;
                }
            }
            throw new IllegalStateException("No main window mapped after " + seconds + " s");
        }

        @Override
        public void close() {
            xev.destroy();
        }
    }

    private Map<String, Integer> geometry(String window) throws Exception {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String line : xdotool("getwindowgeometry", "--shell", window).lines().toList()) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2 && kv[1].matches("-?\\d+")) {
                values.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
        return values;
    }

    private String xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process p = builder.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    private static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private void startXvfb() throws Exception {
        for (int n = 97; n < 120; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                display = ":" + n;
                break;
            }
        }
        xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1400x900x24").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(Path.of("/tmp/.X11-unix/X" + display.substring(1))) && System.nanoTime() < until) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private void printTable(List<Run> browser, List<Run> rowboat) {
        out.println();
        out.printf("%-46s %22s %22s %7s  %s%n", "median of " + options.runs() + " (min–max)", "DB Browser for SQLite", "Rowboat", "ratio", "target");
        row("window appears, s after launch", browser, rowboat, Run::window, "");
        row("entity list with counts, s after launch", browser, rowboat, Run::list,
                "≤ " + TARGET_WINDOW_TO_LIST_S + " s: " + verdict(median(rowboat, Run::list) <= TARGET_WINDOW_TO_LIST_S));
        row("Post selected → first rows, s", browser, rowboat, Run::firstRows,
                "≤ " + TARGET_FIRST_ROWS_S + " s: " + verdict(median(rowboat, Run::firstRows) <= TARGET_FIRST_ROWS_S));
        row("RSS idle, MB", browser, rowboat, Run::rssIdle, ratioVerdict(browser, rowboat, Run::rssIdle));
        row("RSS after Ctrl+End and Ctrl+Home, MB", browser, rowboat, Run::rssPaged, ratioVerdict(browser, rowboat, Run::rssPaged));
    }

    private String ratioVerdict(List<Run> browser, List<Run> rowboat, java.util.function.ToDoubleFunction<Run> figure) {
        double ratio = median(rowboat, figure) / median(browser, figure);
        return "ratio ≤ " + TARGET_RSS_RATIO + ": " + verdict(ratio <= TARGET_RSS_RATIO);
    }

    private static String verdict(boolean ok) {
        return ok ? "OK" : "over";
    }

    private void row(String name, List<Run> browser, List<Run> rowboat, java.util.function.ToDoubleFunction<Run> figure, String target) {
        double b = median(browser, figure);
        double r = median(rowboat, figure);
        out.printf("%-46s %22s %22s %7s  %s%n", name, cell(browser, figure), cell(rowboat, figure),
                Double.isNaN(b) || Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f", r / b), target);
    }

    private static String cell(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        double[] values = runs.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median(runs, figure), values[0], values[values.length - 1]);
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        double[] values = runs.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double seconds(Long ms) {
        return ms == null ? Double.NaN : ms / 1e3;
    }

    private static String describe(Run run) {
        return String.format(Locale.ROOT, "window %.2f s, list %.2f s, first rows %.3f s, RSS idle %.0f MB, after paging %.0f MB",
                run.window(), run.list(), run.firstRows(), run.rssIdle(), run.rssPaged());
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("?").strip();
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
