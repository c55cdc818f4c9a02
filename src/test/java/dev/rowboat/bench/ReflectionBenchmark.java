package dev.rowboat.bench;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.mapping.Mapping;
import dev.rowboat.data.mapping.MappingSource;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.reflect.AnnotatedNameHints;
import dev.rowboat.data.reflect.NameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Servers;
import dev.rowboat.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: how opening a database by reflection grows with its schema. On SQLite and
 * PostgreSQL it generates schemas of 20, 200 and 1,000 tables ({@link WideSchema}: five foreign
 * keys each) and the microblog sample as the reference, then times, interleaved in one JVM, the
 * open up to the catalog being ready ({@link DatabaseOpener#open} returning: schema read,
 * reflection, Hibernate boot, catalog) and the first page of a grid in the middle; then the heap
 * with the 1,000-table database open and after closing it. It prints and never fails on time.
 * {@code --profile} samples one more open of the largest schema and prints where its time went.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rowboat.bench.ReflectionBenchmark
 *     [-Dexec.args="--db sqlite,postgresql --sizes 20,200,1000 --warmup 1 --runs 5 --profile"]</pre>
 */
public final class ReflectionBenchmark {
    static final double TARGET_LIST_RATIO = 1.5;
    static final int TARGET_LIST_TABLES = 200;
    static final long TARGET_HEAP_MB = 300;
    private static final int PAGE = 100;
    private static final int MICROBLOG_TABLES = 6;

    private final Options options;
    private final PrintStream out;
    private final List<String> table = new ArrayList<>();
    private final List<String> phaseTable = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    record Options(List<Target> databases, List<Integer> sizes, int warmup, int runs, boolean profile) {
        static Options parse(String[] args) {
            List<Target> databases = List.of(Target.SQLITE, Target.POSTGRESQL);
            List<Integer> sizes = List.of(20, 200, 1000);
            int warmup = 1;
            int runs = 5;
            boolean profile = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--profile")) {
                    profile = true;
                    continue;
                }
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : "";
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                switch (name) {
                    case "--db" -> databases = Stream.of(value.split(",")).map(Target::parse).toList();
                    case "--sizes" -> sizes = Stream.of(value.split(",")).map(s -> Integer.parseInt(s.strip().replace("_", ""))).toList();
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--runs" -> runs = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("Unknown option " + arg
                            + ". Use --db sqlite,postgresql, --sizes 20,200,1000, --warmup N, --runs N, --profile.");
                }
            }
            if (runs < 1) {
                throw new IllegalArgumentException("--runs must be at least 1");
            }
            return new Options(databases, sizes, warmup, runs, profile);
        }
    }

    /** Where the schemas are made and opened. */
    enum Target {
        SQLITE("SQLite", Dbms.SQLITE),
        POSTGRESQL("PostgreSQL", Dbms.POSTGRESQL);

        private final String label;
        private final Dbms dbms;

        Target(String label, Dbms dbms) {
            this.label = label;
            this.dbms = dbms;
        }

        String label() {
            return label;
        }

        Dbms dbms() {
            return dbms;
        }


        static Target parse(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "sqlite" -> SQLITE;
                case "postgresql", "postgres", "pg" -> POSTGRESQL;
                default -> throw new IllegalArgumentException("--db takes sqlite and/or postgresql, not " + name);
            };
        }
    }

    /** One database to open: the microblog or a generated schema. */
    private record Subject(String label, int tables, dev.rowboat.schema.ConnectionSpec spec, NameHints hints, String grid) {
    }

    /** Per subject, the measured runs in ms, and what went wrong if something did. */
    private static final class Samples {
        final List<Double> open = new ArrayList<>();
        final List<Double> mapping = new ArrayList<>();
        final List<Double> page = new ArrayList<>();
        final List<double[]> phases = new ArrayList<>();
        String catalog = "";
        String failure;
    }

    /** A reflected mapping that times its own part of the open: schema read, reflection, the mapping handed to Hibernate. */
    private static final class TimedMapping implements MappingSource {
        private final ReflectedMapping inner;
        volatile long nanos = -1;

        TimedMapping(NameHints hints) {
            this.inner = new ReflectedMapping(hints);
        }

        @Override
        public Mapping contribute(org.hibernate.boot.MetadataSources sources, java.sql.Connection connection, Dbms dbms)
                throws java.sql.SQLException {
            return contribute(sources, connection, dbms, dev.rowboat.schema.Progress.NONE);
        }

        @Override
        public Mapping contribute(org.hibernate.boot.MetadataSources sources, java.sql.Connection connection, Dbms dbms,
                                  dev.rowboat.schema.Progress progress) throws java.sql.SQLException {
            long start = System.nanoTime();
            Mapping mapping = inner.contribute(sources, connection, dbms, progress); // its steps time the phases
            nanos = System.nanoTime() - start;
            return mapping;
        }
    }

    ReflectionBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        new ReflectionBenchmark(Options.parse(args), System.out).run();
    }

    void run() throws Exception {
        printMachine();
        Path temp = Files.createTempDirectory("rowboat-reflection-bench");
        try {
            for (Target target : options.databases()) {
                if (!target.dbms().isFileBased() && !reachable(target.dbms())) {
                    out.printf("%s: server at %s:%d not reachable, skipped%n", target.label(), Servers.HOST, Servers.port(target.dbms()));
                    continue;
                }
                measure(target, temp);
            }
        } finally {
            try (Stream<Path> files = Files.walk(temp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                out.println("Could not delete " + temp + ": " + e.getMessage());
            }
        }
        out.println();
        out.printf("Open by reflection: connect to catalog ready (DatabaseOpener.open), and then the first page of %d rows of"
                        + " the grid of a table in the middle; median of %d runs after %d warm-up, interleaved; ms%n",
                PAGE, options.runs(), options.warmup());
        out.printf("%-11s %-13s %6s %8s %9s %7s %14s %9s %7s %9s %7s  %s%n", "db", "schema", "tables", "listed", "open ms",
                "×mb", "(mapping ms)", "page ms", "×mb", "total ms", "×mb", "growth of open (total)");
        table.forEach(out::println);
        out.println("(×mb: the ratio to the microblog on the same database; listed: entities with a grid / entries in the"
                + " catalog; mapping: schema read + reflection + the mapping handed to Hibernate, part of open)");
        out.println();
        out.printf("Where the open's time went: median ms of each step, and per table beyond the microblog's %d (µs)%n", MICROBLOG_TABLES);
        out.printf("%-11s %-13s %s%n", "db", "schema", String.join(" ", OpenPhases.NAMES.stream().map(n -> String.format("%9s", n)).toList()));
        phaseTable.forEach(out::println);
        out.println("(connect: probe, pool, Hibernate's settings; schema: reading it; mapping: reflection, the hbm binding and"
                + " Hibernate's boot model (Metadata); factory: the session factory, Hibernate's runtime metamodel; catalog: the"
                + " entity list from it)");
        out.println();
        targets.forEach(out::println);
        if (!problems.isEmpty()) {
            out.println();
            problems.forEach(out::println);
        }
    }

    private void measure(Target target, Path temp) throws Exception {
        out.printf("%s: making the microblog sample and schemas of %s tables%n", target.label(), options.sizes());
        long baseline = usedAfterGc();
        List<WideSchema> wide = new ArrayList<>();
        try (TestDatabase microblog = TestDatabase.create(target.dbms())) {
            try (OpenDatabase db = microblog.openWithSample()) {
                out.printf("%s: microblog sample written (%s)%n", target.label(), db.server().describe());
            }
            for (int size : options.sizes()) {
                long start = System.nanoTime();
                wide.add(WideSchema.create(target.dbms(), size, temp));
                out.printf("%s: %,d tables written in %.1f s%n", target.label(), size, (System.nanoTime() - start) / 1e9);
            }
            List<Subject> subjects = new ArrayList<>();
            subjects.add(new Subject("microblog", MICROBLOG_TABLES, microblog.spec(), AnnotatedNameHints.of(MicroblogModel.ENTITY_CLASSES), "Post"));
            for (WideSchema w : wide) {
                subjects.add(new Subject(String.format("%,d tables", w.tables()), w.tables(), w.spec(), NameHints.NONE, w.middleTable()));
            }
            Map<Subject, Samples> samples = new LinkedHashMap<>();
            subjects.forEach(s -> samples.put(s, new Samples()));
            for (int round = 0; round < options.warmup() + options.runs(); round++) {
                boolean measured = round >= options.warmup();
                StringBuilder line = new StringBuilder(String.format("%s: %s %d:", target.label(),
                        measured ? "run" : "warm-up", measured ? round - options.warmup() + 1 : round + 1));
                for (Subject s : subjects) {
                    Samples into = samples.get(s);
                    if (into.failure != null) {
                        continue;
                    }
                    once(target, s, into, measured, round == 0);
                    if (into.failure == null && !into.open.isEmpty() && measured) {
                        line.append(String.format(" %s %.0f+%.0f ms;", s.label(), last(into.open), last(into.page)));
                    } else if (into.failure == null && !measured) {
                        line.append(String.format(" %s done;", s.label()));
                    }
                }
                out.println(line);
            }
            if (options.profile() && samples.get(subjects.get(subjects.size() - 1)).failure == null) {
                profile(target, subjects.get(subjects.size() - 1));
            }
            report(target, samples);
            Subject largest = subjects.get(subjects.size() - 1);
            if (samples.get(largest).failure == null) {
                heap(target, largest, baseline);
            } else {
                targets.add(String.format("%-11s target \"heap after %s < %d MB\": not measured, %s does not open (see below)",
                        target.label(), largest.label(), TARGET_HEAP_MB, largest.label()));
            }
        } finally {
            wide.forEach(WideSchema::close);
        }
    }

    /** Opens the subject once, reads the first page of its grid, and closes it; records the times when measured. */
    private void once(Target target, Subject s, Samples into, boolean measured, boolean first) {
        System.gc(); // not timed: what the previous open left behind is not this one's to collect
        TimedMapping mapping = new TimedMapping(s.hints());
        OpenPhases phases = new OpenPhases();
        long start = System.nanoTime();
        String phase = "open: reading the schema and reflecting it (MappingSource.contribute)";
        try {
            OpenDatabase db = new DatabaseOpener(mapping, false).open(s.spec(), ConnectOptions.defaults(), phases);
            long opened = System.nanoTime();
            try {
                phase = "first page of " + s.grid();
                Page page = db.pages().fetch(new PageRequest(s.grid(), null, List.of(), Anchor.first(), PAGE), QueryCancel.none());
                long paged = System.nanoTime();
                if (first) {
                    List<EntityInfo> entities = db.catalog().entities();
                    long available = entities.stream().filter(EntityInfo::available).count();
                    into.catalog = available + "/" + entities.size();
                    out.printf("%s: %s: catalog of %d entries, %d with a grid; %s grid: %d rows, %d columns%n", target.label(),
                            s.label(), entities.size(), available, s.grid(), page.rows().size(), db.catalog().get(s.grid()).attributes().size());
                }
                if (measured) {
                    into.open.add((opened - start) / 1e6);
                    into.phases.add(phases.ms(opened));
                    into.mapping.add(mapping.nanos / 1e6);
                    into.page.add((paged - opened) / 1e6);
                }
            } finally {
                db.close();
            }
        } catch (RuntimeException | Error e) {
            if (phase.startsWith("open") && mapping.nanos >= 0) {
                phase = "open: after the mapping (pool, Hibernate boot, catalog)";
            }
            into.failure = String.format("%s %s: FAILED after %.1f s in %s%s: %s", target.label(), s.label(),
                    (System.nanoTime() - start) / 1e9, phase,
                    mapping.nanos >= 0 ? String.format(" (the mapping itself was done in %.0f ms)", mapping.nanos / 1e6) : "",
                    stackTop(e));
            out.println(into.failure);
            problems.add(into.failure);
        }
    }

    private void report(Target target, Map<Subject, Samples> samples) {
        List<Subject> subjects = new ArrayList<>(samples.keySet());
        Samples reference = samples.get(subjects.get(0));
        if (reference.failure != null || reference.open.isEmpty()) {
            table.add(String.format("%-11s microblog failed: no ratios", target.label()));
            return;
        }
        double refOpen = median(reference.open);
        double refPage = median(reference.page);
        Map<Integer, double[]> byTables = new HashMap<>();
        for (Subject s : subjects) {
            Samples x = samples.get(s);
            if (x.failure != null || x.open.isEmpty()) {
                table.add(String.format("%-11s %-13s %6d  FAILED, see below", target.label(), s.label(), s.tables()));
                if (s.tables() == TARGET_LIST_TABLES) {
                    targets.add(String.format("%-11s target \"%d tables listed within %.1f× the microblog\": NOT met, %s does not open"
                            + " (see below)", target.label(), TARGET_LIST_TABLES, TARGET_LIST_RATIO, s.label()));
                }
                continue;
            }
            double open = median(x.open);
            double page = median(x.page);
            double total = median(sums(x.open, x.page));
            double refTotal = median(sums(reference.open, reference.page));
            String growth = "";
            if (s != subjects.get(0)) {
                int previous = previousSize(s.tables());
                if (previous > 0 && byTables.containsKey(previous)) {
                    double[] p = byTables.get(previous);
                    growth = String.format("%d/%d: %.2f× (%.2f×)", s.tables(), previous, open / p[0], total / p[1]);
                }
                byTables.put(s.tables(), new double[] {open, total});
            }
            table.add(String.format(Locale.ROOT, "%-11s %-13s %6d %8s %9.0f %7.2f %14s %9.1f %7.2f %9.0f %7.2f  %s",
                    target.label(), s.label(), s.tables(), x.catalog, open, open / refOpen,
                    String.format("(%.0f)", median(x.mapping)), page, page / refPage, total, total / refTotal, growth));
            table.add(String.format(Locale.ROOT, "%-11s %-13s %6s %8s %9s %7s %14s %9s   runs: open %s, page %s", "", "", "", "", "",
                    "", "", "", rounded(x.open), rounded(x.page)));
            phaseTable.add(String.format(Locale.ROOT, "%-11s %-13s %s", target.label(), s.label(), OpenPhases.medians(x.phases)));
            // per table only where the tables are many: for a few, a millisecond of noise swamps it
            if (s.tables() >= 10 * MICROBLOG_TABLES && !reference.phases.isEmpty()) {
                List<String> perTable = new ArrayList<>();
                for (int i = 0; i < OpenPhases.NAMES.size(); i++) {
                    double extra = OpenPhases.median(x.phases, i) - OpenPhases.median(reference.phases, i);
                    perTable.add(String.format(Locale.ROOT, "%9.0f", 1000 * extra / (s.tables() - MICROBLOG_TABLES)));
                }
                phaseTable.add(String.format(Locale.ROOT, "%-11s %-13s %s  µs per table beyond the microblog's", "", "", String.join(" ", perTable)));
            }
            if (s.tables() == TARGET_LIST_TABLES) {
                double ratio = open / refOpen;
                targets.add(String.format(Locale.ROOT, "%-11s target \"%d tables listed within %.1f× the microblog\": %.0f ms against"
                                + " %.0f ms = %.2f× -> %s", target.label(), TARGET_LIST_TABLES, TARGET_LIST_RATIO, open, refOpen,
                        ratio, ratio <= TARGET_LIST_RATIO ? "met" : "NOT met"));
            }
        }
    }

    /** The heap with the largest schema open (after collecting), and after closing it. */
    private void heap(Target target, Subject largest, long baseline) {
        long before = usedAfterGc();
        try {
            long open = usedWhileOpen(largest);
            long closed = usedAfterGc();
            long mb = open >> 20;
            targets.add(String.format(Locale.ROOT, "%-11s target \"heap after %,d tables < %d MB\": %,d MB with the database still open"
                            + " (+%,d MB over the %,d MB before opening it; %,d MB before this database's run), %,d MB after closing it -> %s",
                    target.label(), largest.tables(), TARGET_HEAP_MB, mb, (open - before) >> 20, before >> 20, baseline >> 20,
                    closed >> 20, mb < TARGET_HEAP_MB ? "met" : "NOT met"));
        } catch (RuntimeException | Error e) {
            String failure = String.format("%s heap with %s open: FAILED: %s", target.label(), largest.label(), stackTop(e));
            out.println(failure);
            problems.add(failure);
        }
    }

    /** The heap in use, after collecting, with the subject open and its first page read; nothing refers to it on return. */
    private static long usedWhileOpen(Subject s) {
        try (OpenDatabase db = new DatabaseOpener(new ReflectedMapping(s.hints()), false).open(s.spec(), ConnectOptions.defaults())) {
            db.pages().fetch(new PageRequest(s.grid(), null, List.of(), Anchor.first(), PAGE), QueryCancel.none());
            return usedAfterGc();
        }
    }

    /**
     * Opens the largest schema once more (not timed) while sampling the opening thread's stack every
     * 5 ms, and prints where it spent its time: the innermost frame of dev.rowboat code, and the
     * innermost frame of all.
     */
    private void profile(Target target, Subject s) {
        Thread self = Thread.currentThread();
        Map<String, Integer> rowboat = new HashMap<>();
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> phases = new HashMap<>();
        Map<String, Integer> hibernate = new HashMap<>();
        Map<String, Integer> lookups = new HashMap<>();
        int[] samples = {0};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                StackTraceElement[] stack = self.getStackTrace();
                if (stack.length > 0) {
                    samples[0]++;
                    top.merge(frame(stack[0]), 1, Integer::sum);
                    for (StackTraceElement e : stack) {
                        if (e.getClassName().startsWith("dev.rowboat.") && !e.getClassName().startsWith("dev.rowboat.bench.")) {
                            rowboat.merge(frame(e), 1, Integer::sum);
                            break;
                        }
                    }
                    phases.merge(phase(stack), 1, Integer::sum);
                    for (StackTraceElement e : stack) {
                        if (e.getClassName().startsWith("org.hibernate.")) {
                            hibernate.merge(frame(e), 1, Integer::sum);
                            break;
                        }
                    }
                    for (int i = 0; i < stack.length - 1; i++) {
                        // Hibernate looking names up as classes (and failing: an exception each) was a hot spot
                        if (stack[i].getMethodName().equals("classForName") && stack[i].getClassName().endsWith("ReflectHelper")) {
                            StringBuilder chain = new StringBuilder();
                            for (int j = i + 1; j < Math.min(stack.length, i + 4); j++) {
                                chain.append(j > i + 1 ? " <- " : "").append(frame(stack[j]).replace("org.hibernate.", "o.h."));
                            }
                            lookups.merge(chain.toString(), 1, Integer::sum);
                            break;
                        }
                    }
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try (OpenDatabase db = new DatabaseOpener(new ReflectedMapping(s.hints()), false).open(s.spec(), ConnectOptions.defaults())) {
            db.pages().fetch(new PageRequest(s.grid(), null, List.of(), Anchor.first(), PAGE), QueryCancel.none());
        } catch (RuntimeException | Error e) {
            out.printf("%s: profiled open failed: %s%n", target.label(), e);
        } finally {
            sampler.interrupt();
        }
        out.printf("%s: profile of one open of %s (%d samples every ~5 ms); by phase:%n", target.label(), s.label(), samples[0]);
        print(phases, samples[0], 10);
        out.printf("%s: innermost dev.rowboat frame:%n", target.label());
        print(rowboat, samples[0], 12);
        out.printf("%s: innermost Hibernate frame:%n", target.label());
        print(hibernate, samples[0], 10);
        if (!lookups.isEmpty()) {
            out.printf("%s: callers of Hibernate's ReflectHelper.classForName (a name looked up as a class):%n", target.label());
            print(lookups, samples[0], 5);
        }
        out.printf("%s: innermost frame:%n", target.label());
        print(top, samples[0], 10);
    }

    /** The step of the open the sample is in, from its innermost frame of Rowboat's own code and what that frame called. */
    private static String phase(StackTraceElement[] stack) {
        for (int i = 0; i < stack.length; i++) {
            String c = stack[i].getClassName();
            String m = stack[i].getMethodName();
            if (!c.startsWith("dev.rowboat.") || c.startsWith("dev.rowboat.bench.")) {
                continue;
            }
            String simple = c.substring(c.lastIndexOf('.') + 1);
            String callee = i > 0 ? stack[i - 1].getClassName() + "." + stack[i - 1].getMethodName() : "";
            if (c.startsWith("dev.rowboat.schema.")) {
                return "schema read (" + simple + ")";
            }
            if (c.startsWith("dev.rowboat.data.catalog.")) {
                return "catalog (" + simple + ")";
            }
            if (c.startsWith("dev.rowboat.data.paging.")) {
                return "first page";
            }
            if (c.equals("dev.rowboat.data.ConnectionProbe")) {
                return "connection probe";
            }
            if (c.equals("dev.rowboat.data.reflect.ReflectedMapping")) {
                return callee.contains("MetadataSources.") ? "Hibernate: taking the mapping" : "reflection (" + callee + ")";
            }
            if (c.startsWith("dev.rowboat.data.reflect.")) {
                return "reflection (" + simple + ")";
            }
            if (c.startsWith("dev.rowboat.data.persister.")) {
                return "Hibernate: session factory"; // its persisters are Rowboat's subclasses of Hibernate's
            }
            if (c.startsWith("dev.rowboat.data.DatabaseOpener")) { // and its lambdas
                if (m.equals("pool")) {
                    return "pool (HikariCP start)";
                }
                if (callee.endsWith(".buildSessionFactory")) {
                    return "Hibernate: session factory";
                }
                if (callee.endsWith("MetadataBuilderImpl.build")) {
                    return "Hibernate: metadata";
                }
                return "DatabaseOpener.open -> " + callee;
            }
            return simple + "." + m + " -> " + callee;
        }
        return "outside Rowboat (" + frame(stack[0]) + ")";
    }

    private void print(Map<String, Integer> counts, int total, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }

    private static String frame(StackTraceElement e) {
        return e.getClassName() + "." + e.getMethodName() + (e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "");
    }

    private static String stackTop(Throwable e) {
        StringBuilder sb = new StringBuilder(e.toString());
        StackTraceElement[] stack = e.getStackTrace();
        for (int i = 0; i < Math.min(8, stack.length); i++) {
            sb.append("\n    at ").append(stack[i]);
        }
        Throwable cause = e.getCause();
        while (cause != null && cause != e) {
            sb.append("\n  caused by ").append(cause);
            // down to the first frame of Rowboat's own code, which says which call failed
            StackTraceElement[] causeStack = cause.getStackTrace();
            for (int i = 0; i < Math.min(30, causeStack.length); i++) {
                sb.append("\n    at ").append(causeStack[i]);
                if (causeStack[i].getClassName().startsWith("dev.rowboat.")) {
                    break;
                }
            }
            e = cause;
            cause = cause.getCause();
        }
        return sb.toString();
    }

    private int previousSize(int tables) {
        int previous = -1;
        for (int size : options.sizes()) {
            if (size < tables && size > previous) {
                previous = size;
            }
        }
        return previous;
    }

    private static List<Double> sums(List<Double> a, List<Double> b) {
        List<Double> sums = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            sums.add(a.get(i) + b.get(i));
        }
        return sums;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, v < 100 ? "%.1f" : "%.0f", v)).toList().toString();
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static boolean reachable(Dbms dbms) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Servers.HOST, Servers.port(dbms)), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        out.printf("Rowboat reflection benchmark: %s, schemas of %s tables (%d foreign keys and %d rows each) and the microblog;"
                        + " %d warm-up round(s), %d measured%n", options.databases(), options.sizes(), WideSchema.REFS, WideSchema.ROWS,
                options.warmup(), options.runs());
        out.printf("machine: %d cores, max heap %,d MB, Java %s (%s), %s %s, load average %.2f at the start%n",
                runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf("GC: %s; heap in use before any database is open: %,d MB (the whole JVM, which under exec:java is Maven's too)%n",
                String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()),
                usedAfterGc() >> 20);
    }
}
