package dev.rowboat.bench;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.Key;
import dev.rowboat.data.paging.LabelSearch;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.data.paging.SortKey;
import dev.rowboat.data.reflect.AnnotatedNameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The grid benchmark of the issue: each figure (first page, next page, a jump, the last page,
 * newest first, filtered, go to id, a user's posts, the author picker) timed as the grid reads it
 * against the very statements it ran, captured ({@link CapturingDriver}) and replayed in plain JDBC
 * ({@link StatementReplay}), on H2, SQLite, PostgreSQL and MariaDB, with the built-in model and with
 * the same tables reflected (how the app opens every database). Wall and CPU time per call, the
 * ratio against a target; then the heap after paging through every post. It prints and never fails
 * on time: it is not a test.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rowboat.bench.GridBenchmark
 *     [-Dexec.args="--rows 1000000 --users 10000 --db h2,sqlite,postgresql,mariadb --models built-in,reflected"]</pre>
 */
public final class GridBenchmark {
    static final double TARGET_RATIO = 1.2;
    static final long TARGET_HEAP_MB = 200;
    /** One of the generated posts' words; about one post in four holds it. */
    static final String WORD = "coffee";
    /** Part of one user's name ({@code bulk_5123}), as a person would type it into the author picker. */
    static final String TYPED = "_5123";
    static final int PAGE = 100;
    /** The grid keeps a bounded window of rows; ten pages of 100 is its 1,000. */
    private static final int WINDOW_PAGES = 10;
    private static final int WARMUP_LIMIT_S = 60;

    /** Where an open database's entities come from. */
    enum Model {
        BUILT_IN("built-in"), REFLECTED("reflected");

        final String label;

        Model(String label) {
            this.label = label;
        }

        OpenDatabase open(ConnectionSpec spec) {
            DatabaseOpener opener = this == BUILT_IN ? new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, false)
                    : new DatabaseOpener(new ReflectedMapping(AnnotatedNameHints.of(MicroblogModel.ENTITY_CLASSES)), false);
            return opener.open(spec, ConnectOptions.defaults());
        }
    }

    record Options(long rows, int users, List<Dbms> databases, List<Model> models, int warmupSeconds, int warmup, int rounds,
                   long roundMillis, boolean heap, boolean sql, int profileSeconds, boolean dataOnly, String figure,
                   boolean inProcess, boolean apart, List<String> given) {
        static Options parse(String[] args) {
            long rows = 1_000_000;
            int users = 10_000;
            List<Dbms> databases = List.of(Dbms.H2, Dbms.SQLITE, Dbms.POSTGRESQL, Dbms.MARIADB);
            List<Model> models = List.of(Model.BUILT_IN, Model.REFLECTED);
            int warmupSeconds = 10;
            int warmup = 200;
            int rounds = 15;
            long roundMillis = 50;
            boolean heap = true;
            boolean sql = false;
            int profileSeconds = 0;
            boolean dataOnly = false;
            String figure = "";
            boolean inProcess = false;
            boolean apart = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--no-heap") || arg.equals("--sql") || arg.equals("--data-only") || arg.equals("--in-process")
                        || arg.equals("--apart")) {
                    heap &= !arg.equals("--no-heap");
                    inProcess |= arg.equals("--in-process");
                    apart |= arg.equals("--apart");
                    sql |= arg.equals("--sql");
                    dataOnly |= arg.equals("--data-only");
                    continue;
                }
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : "";
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                switch (name) {
                    case "--rows" -> rows = number(value);
                    case "--users" -> users = (int) number(value);
                    case "--db" -> databases = dbms(value);
                    case "--models" -> models = models(value);
                    case "--warmup-s" -> warmupSeconds = (int) number(value);
                    case "--warmup" -> warmup = (int) number(value);
                    case "--rounds" -> rounds = (int) number(value);
                    case "--round-ms" -> roundMillis = number(value);
                    case "--profile" -> profileSeconds = (int) number(value);
                    case "--figure" -> figure = value;
                    default -> throw new IllegalArgumentException("Unknown option " + arg + ". Use --rows N, --users N,"
                            + " --db h2,sqlite,postgresql,mariadb, --models built-in,reflected, --warmup-s SECONDS, --warmup N,"
                            + " --rounds N, --round-ms N, --no-heap, --sql, --profile SECONDS, --data-only, --figure REGEX (of the name, spaces as _),"
                            + " --in-process (every database and model in this JVM).");
                }
            }
            if (rows < 10L * PAGE || users < 2) {
                throw new IllegalArgumentException("Use at least " + 10 * PAGE + " rows and two users.");
            }
            // a profile is of this JVM, which a profiler was started with; data is made here
            inProcess |= profileSeconds > 0 || dataOnly;
            return new Options(rows, users, databases, models, warmupSeconds, warmup, rounds, roundMillis, heap, sql, profileSeconds, dataOnly,
                    figure, inProcess, apart, List.of(args));
        }

        private static long number(String text) {
            return Long.parseLong(text.replace(",", "").replace("_", ""));
        }

        private static List<Dbms> dbms(String text) {
            List<Dbms> result = new ArrayList<>();
            for (String name : text.split(",")) {
                switch (name.strip().toLowerCase(Locale.ROOT)) {
                    case "h2" -> result.add(Dbms.H2);
                    case "sqlite" -> result.add(Dbms.SQLITE);
                    case "postgresql", "postgres" -> result.add(Dbms.POSTGRESQL);
                    case "mariadb", "mysql" -> result.add(Dbms.MARIADB);
                    default -> throw new IllegalArgumentException("--db takes h2, sqlite, postgresql, mariadb, not " + name);
                }
            }
            return List.copyOf(result);
        }

        private static List<Model> models(String text) {
            List<Model> result = new ArrayList<>();
            for (String name : text.split(",")) {
                switch (name.strip().toLowerCase(Locale.ROOT)) {
                    case "built-in", "builtin" -> result.add(Model.BUILT_IN);
                    case "reflected" -> result.add(Model.REFLECTED);
                    default -> throw new IllegalArgumentException("--models takes built-in, reflected, not " + name);
                }
            }
            return List.copyOf(result);
        }
    }

    /** One figure: what the grid does for it, against one open database. */
    record Figure(String name, ToLongFunction<OpenDatabase> call) {
    }

    /** A figure with its statements captured and ready to replay. */
    private record Paired(Figure figure, StatementReplay replay) {
    }

    private final Options options;
    private final PrintStream out;
    private final PairedTiming timing;
    private final List<String> table = new ArrayList<>();
    private final List<String> heapLines = new ArrayList<>();

    GridBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.timing = new PairedTiming(options.warmup(), options.rounds(), options.roundMillis());
    }

    public static void main(String[] args) throws Exception {
        new GridBenchmark(Options.parse(args), System.out).run();
    }

    void run() throws Exception {
        if (!options.apart()) {
            printMachine();
        }
        for (Dbms dbms : options.databases()) {
            GridBenchData data = new GridBenchData(dbms, Path.of("target", "bench-data"), options.users(), options.rows(), out);
            String unreachable = data.unreachable();
            if (!unreachable.isEmpty()) {
                out.println(unreachable);
                table.add(unreachable);
                continue;
            }
            if (options.inProcess()) { // else the first JVM measuring it makes it: an H2 file is open to one process at a time
                data.prepare();
            }
            for (Model model : options.dataOnly() ? List.<Model>of() : options.models()) {
                if (options.inProcess()) {
                    measure(data, dbms, model);
                } else {
                    measureApart(dbms, model);
                }
            }
        }
        if (options.dataOnly()) {
            return;
        }
        if (options.apart()) { // for the parent's tables
            table.forEach(line -> out.println(TABLE_LINE + line));
            heapLines.forEach(line -> out.println(HEAP_LINE + line));
            out.printf("(checksum %d)%n", timing.sink());
            return;
        }
        out.println();
        out.printf("Grid as it reads a page, against the same statements in plain JDBC (prepared once, every column read);"
                + " target: ratio ≤ %.1f. Times are medians per call in µs; CPU is this thread's.%n", TARGET_RATIO);
        out.printf("%-13s %-9s %-46s %9s %9s %6s %-5s %9s %9s %6s  %s%n", "db", "model", "figure", "grid", "JDBC", "ratio", "",
                "grid CPU", "JDBC CPU", "ratio", "spread of the ratio");
        table.forEach(out::println);
        out.println();
        heapLines.forEach(out::println);
        out.printf("(checksum %d)%n", timing.sink());
    }

    /** Lines of a JVM of {@link #measureApart} that its parent collects into the tables it prints at the end. */
    private static final String TABLE_LINE = "table\t";
    private static final String HEAP_LINE = "heap\t";

    /**
     * One database and model in a JVM of its own, as the app runs: measured one after another in
     * one JVM, SQLite's reflected pages came out at 1.25–1.27 after H2's and SQLite's built-in
     * ones, 1.10 alone, both sides slower, the grid's more (the JIT's profiles of the calls
     * shared by every driver and model, filled by the ones before).
     */
    private void measureApart(Dbms dbms, Model model) throws Exception {
        List<String> args = new ArrayList<>(options.given());
        args.addAll(List.of("--db", dbms.name().toLowerCase(Locale.ROOT), "--models", model.label, "--in-process", "--apart"));
        int exit = BenchFork.run(GridBenchmark.class, args, line -> {
            if (line.startsWith(TABLE_LINE)) {
                table.add(line.substring(TABLE_LINE.length()));
            } else if (line.startsWith(HEAP_LINE)) {
                heapLines.add(line.substring(HEAP_LINE.length()));
            } else {
                out.println(line);
            }
        });
        if (exit != 0) {
            String line = String.format("%-13s %-9s the JVM measuring it exited with %d (its output is above)", dbms.displayName(), model.label, exit);
            out.println(line);
            table.add(line);
        }
    }

    private void measure(GridBenchData data, Dbms dbms, Model model) throws Exception {
        String label = dbms.displayName() + " " + model.label;
        long start = System.nanoTime();
        try (OpenDatabase db = model.open(data.spec()); OpenDatabase capturing = model.open(data.capturingSpec());
             Connection plain = data.connect()) {
            out.printf("%s: opened twice (timed, and capturing its statements) in %.1f s%n", label, (System.nanoTime() - start) / 1e9);
            List<Paired> pairs = new ArrayList<>();
            for (Figure figure : figures(label, db)) {
                // a regular expression, spaces written as underscores: ^first_page$
                if (!java.util.regex.Pattern.compile(options.figure()).matcher(figure.name().replace(' ', '_')).find()) {
                    continue;
                }
                try {
                    figure.call().applyAsLong(capturing); // a first call may prepare what later ones reuse
                    var captured = CapturingDriver.capture(() -> figure.call().applyAsLong(capturing));
                    StatementReplay replay = new StatementReplay(plain, dbms, captured);
                    replay.run();
                    out.printf("%s: %-46s replayed as %s%n", label, figure.name(), replay.describe());
                    if (options.sql()) {
                        out.print(replay.statements());
                    }
                    pairs.add(new Paired(figure, replay));
                } catch (DatabaseException | IllegalStateException | java.sql.SQLException e) {
                    String line = String.format("%-13s %-9s %-46s skipped: %s", dbms.displayName(), model.label, figure.name(), e.getMessage());
                    out.println(line);
                    table.add(line);
                }
            }
            warmUp(label, db, pairs);
            if (options.profileSeconds() > 0) {
                profile(label, db, pairs);
                return;
            }
            out.printf("%s: measuring (warm-up checksum %d), load average %.2f%n", label, timing.sink(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (Paired p : pairs) {
                PairedTiming.Result r = timing.measure(() -> p.figure().call().applyAsLong(db), p.replay()::run);
                String line = String.format("%-13s %-9s %-46s %9.1f %9.1f %6.2f %-5s %9.1f %9.1f %6.2f  %s", dbms.displayName(), model.label,
                        p.figure().name(), r.subjectMicros(), r.referenceMicros(), r.ratio(), r.ratio() <= TARGET_RATIO ? "OK" : "over",
                        r.subjectCpuMicros(), r.referenceCpuMicros(), r.subjectCpuMicros() / r.referenceCpuMicros(), r.spread());
                out.println(line + String.format("   (%d and %d calls a round)", r.subjectCalls(), r.referenceCalls()));
                table.add(line);
            }
            for (Paired p : pairs) {
                p.replay().close();
            }
            if (options.heap() && model == Model.BUILT_IN) {
                heapLines.add(pageThroughEverything(dbms, db));
            }
        }
    }

    /**
     * Runs every figure, both sides, until the JIT is quiet ({@link PairedTiming#warmUntilJitQuiet}),
     * at least {@code --warmup-s} and at most {@value #WARMUP_LIMIT_S} s: the grid's calls go deeper
     * than the replay's, and with a fixed 10 s its first figures were measured while C2 was still
     * compiling them (H2's first page 1.37 when its model was measured first, 1.16 when second or
     * after 30 s).
     */
    private void warmUp(String label, OpenDatabase db, List<Paired> pairs) {
        PairedTiming.WarmUp warm = timing.warmUntilJitQuiet(() -> {
            long sum = 0;
            for (Paired p : pairs) {
                sum += p.figure().call().applyAsLong(db) + p.replay().run();
            }
            return sum;
        }, options.warmupSeconds(), WARMUP_LIMIT_S);
        out.printf("%s: warmed up for %.1f s (%s)%n", label, warm.seconds(), !warm.jitWatched() ? "no JIT timing in this JVM"
                : warm.jitQuiet() ? String.format("the JIT quiet for %d s, %,d ms of compiling in all", PairedTiming.JIT_QUIET_S,
                warm.compilingMillis()) : "the limit; the JIT still compiling");
    }

    /**
     * Only the grid's side of every figure, in turn, for a profiler to sample (run the JVM with
     * {@code -XX:StartFlightRecording}); the figures' share of the time is printed.
     */
    private void profile(String label, OpenDatabase db, List<Paired> pairs) {
        out.printf("%s: the grid's side alone for %d s, for a profiler%n", label, options.profileSeconds());
        long[] nanos = new long[pairs.size()];
        long[] calls = new long[pairs.size()];
        long until = System.nanoTime() + options.profileSeconds() * 1_000_000_000L;
        long sink = 0;
        while (System.nanoTime() < until) {
            for (int i = 0; i < pairs.size(); i++) {
                long t = System.nanoTime();
                sink += pairs.get(i).figure().call().applyAsLong(db);
                nanos[i] += System.nanoTime() - t;
                calls[i]++;
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            out.printf("%s: %-46s %9.1f µs a call%n", label, pairs.get(i).figure().name(), nanos[i] / 1e3 / calls[i]);
        }
        out.printf("(checksum %d)%n", sink);
    }

    private List<Figure> figures(String label, OpenDatabase db) {
        long total = db.pages().count("Post", List.of(), QueryCancel.none());
        PageRequest first = new PageRequest("Post", null, List.of(), Anchor.first(), PAGE);
        PageRequest newest = new PageRequest("Post", new SortKey("timestamp", true), List.of(), Anchor.first(), PAGE);
        List<Figure> figures = new ArrayList<>();
        figures.add(page("first page", first));
        figures.add(page("next page (scrolled past row 100)", first.at(new Anchor.After(lastKey(db, first)))));
        figures.add(page(String.format("page at row %,d (scroll bar)", total / 2), first.at(new Anchor.Fraction(0.5))));
        figures.add(page("last page (Ctrl+End)", first.at(Anchor.last())));
        figures.add(page("first page, timestamp descending", newest));
        figures.add(page(String.format("next page at ~%,d, timestamp descending", total / 2),
                newest.at(new Anchor.After(lastKey(db, newest.at(new Anchor.Fraction(0.5)))))));
        figures.add(page("first page, body contains \"" + WORD + "\"",
                new PageRequest("Post", null, List.of(new Filter("body", FilterOp.CONTAINS, WORD)), Anchor.first(), PAGE)));
        // a row two thirds of the way (MariaDB's ids have gaps: not simply id total * 2 / 3)
        String goTo = String.valueOf(db.pages().fetch(first.at(new Anchor.Fraction(2 / 3.0)), QueryCancel.none()).rows().get(0).id());
        figures.add(new Figure("go to id " + goTo + " (key, page, position)", d -> {
            Key key = d.pages().keyOf("Post", null, List.of(), null, goTo, QueryCancel.none()).orElseThrow();
            Page page = d.pages().fetch(first.at(new Anchor.At(key)), QueryCancel.none());
            return page.rows().size() + (long) d.pages().fractionOf("Post", null, List.of(), null, key, QueryCancel.none()).orElse(0) * 1000;
        }));
        try {
            Object heavyUser = db.pages().fetch(new PageRequest("User", null, List.of(), Anchor.first(), 1), QueryCancel.none()).rows().get(0).id();
            long heavyPosts = db.pages().count("Post", List.of(), new Scope("User", heavyUser, "posts"), QueryCancel.none());
            figures.add(page(String.format("posts of a user with %,d posts", heavyPosts),
                    new PageRequest("Post", null, List.of(), Anchor.first(), PAGE, new Scope("User", heavyUser, "posts"))));
        } catch (DatabaseException e) {
            out.printf("%s: no figure of a user's posts: %s%n", label, e.getMessage());
        }
        long users = db.pages().count("User", List.of(), QueryCancel.none());
        figures.add(new Figure(String.format("author picker: \"%s\" among %,d users", TYPED, users), d ->
                new LabelSearch(d.pages()).search("User", TYPED, null, null, 50, QueryCancel.none()).matches().size()));
        return figures;
    }

    private static Figure page(String name, PageRequest request) {
        return new Figure(name, db -> size(db.pages().fetch(request, QueryCancel.none())));
    }

    /** Something of the page the JIT cannot know in advance, without costing the grid's side a hash of every cell. */
    private static long size(Page page) {
        List<Row> rows = page.rows();
        return rows.size() + (rows.isEmpty() ? 0 : rows.get(rows.size() - 1).cells().size());
    }

    private static Key lastKey(OpenDatabase db, PageRequest request) {
        List<Row> rows = db.pages().fetch(request, QueryCancel.none()).rows();
        return rows.get(rows.size() - 1).key();
    }

    /**
     * Pages through every post as the grid does when scrolled to the end (After the last key),
     * holding only the last {@value #WINDOW_PAGES} pages, then reports the heap still in use.
     */
    private String pageThroughEverything(Dbms dbms, OpenDatabase db) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        PageRequest request = new PageRequest("Post", null, List.of(), Anchor.first(), PAGE);
        Deque<Page> window = new ArrayDeque<>();
        long start = System.nanoTime();
        Page page = db.pages().fetch(request, QueryCancel.none());
        long rows = 0;
        long pages = 0;
        while (true) {
            rows += page.rows().size();
            pages++;
            window.addLast(page);
            if (window.size() > WINDOW_PAGES) {
                window.removeFirst();
            }
            if (!page.moreAfter()) {
                break;
            }
            page = db.pages().fetch(request.at(new Anchor.After(page.rows().get(page.rows().size() - 1).key())), QueryCancel.none());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long mb = usedAfterGc(memory) >> 20;
        String line = String.format("%-13s heap in use after paging through all %,d posts: %,d MB (target < %d MB: %s);"
                        + " before paging %,d MB; %,d pages in %.1f s (%.0f µs a page)",
                dbms.displayName(), rows, mb, TARGET_HEAP_MB, mb < TARGET_HEAP_MB ? "OK" : "over", before >> 20,
                pages, seconds, seconds * 1e6 / pages);
        out.println(line);
        return line;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        out.printf("Rowboat grid benchmark: %,d posts by %,d users on %s, models %s; per database and model at least %d s of"
                        + " warm-up and until the JIT has been quiet for " + PairedTiming.JIT_QUIET_S + " s, then per figure %d warm-up calls and %d interleaved rounds of ~%d ms a side; figures are medians per call%n",
                options.rows(), options.users(), options.databases(), options.models().stream().map(m -> m.label).toList(),
                options.warmupSeconds(), options.warmup(), options.rounds(), options.roundMillis());
        out.printf("machine: %d cores, max heap %,d MB, Java %s (%s), %s %s, load average %.2f%n",
                runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf("GC: %s; heap in use before any database is open: %,d MB (the whole JVM, which under exec:java is"
                        + " Maven's too; the heap figures below are measured the same way)%n",
                String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()),
                usedAfterGc(ManagementFactory.getMemoryMXBean()) >> 20);
    }
}
