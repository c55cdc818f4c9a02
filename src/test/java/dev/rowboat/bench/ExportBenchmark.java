package dev.rowboat.bench;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.MicroblogHistory;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Exports of every post (1,000,000 by default) to CSV, as {@code rowboat export} writes them, against
 * each database's own fastest way to a CSV file, timed in the same run and printed as a ratio:
 * {@code sqlite3 -csv}, PostgreSQL's {@code COPY (...) TO STDOUT} through pgjdbc's CopyManager, and
 * MariaDB's {@code SELECT ... INTO OUTFILE}. Rowboat's export runs in a JVM of its own with
 * {@code -Xmx200m}, and prints the most heap it had in use (sampled every 5 ms).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rowboat.bench.ExportBenchmark
 *     [-Dexec.args="--rows 1000000 --db sqlite,postgresql,mariadb --rounds 3 --format csv --xmx 200m"]</pre>
 *
 * The data is made once: SQLite under target/bench-data, PostgreSQL in the schema
 * {@code rb_export_bench} of the {@code test} database, MariaDB in the database {@code rb_export_bench}.
 */
public final class ExportBenchmark {
    private static final String SCHEMA = "rb_export_bench";
    private static final Path OUT = Path.of("target/bench-out").toAbsolutePath();
    private static final Pattern RESULT = Pattern.compile("RESULT rows=(\\d+) openMs=(\\d+) exportMs=(\\d+) peakHeapMB=([\\d.]+) maxHeapMB=(\\d+)");

    private record Run(long rows, double openMs, double exportMs, double peakHeapMb, double maxHeapMb, long bytes) {
    }

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = 1_000_000;
        List<String> dbs = List.of("sqlite", "postgresql", "mariadb");
        int rounds = 3;
        String format = "csv";
        String xmx = "200m";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[i + 1].replace("_", ""));
                case "--db" -> dbs = Arrays.asList(args[i + 1].toLowerCase(Locale.ROOT).split(","));
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--format" -> format = args[i + 1];
                case "--xmx" -> xmx = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        int users = (int) Math.max(10, rows / 100);
        Files.createDirectories(OUT);
        OUT.toFile().setWritable(true, false); // MariaDB's server writes its OUTFILE here as its own user
        OUT.toFile().setExecutable(true, false);
        List<String> lines = new ArrayList<>();
        for (String db : dbs) {
            Dbms dbms = switch (db) {
                case "sqlite" -> Dbms.SQLITE;
                case "postgresql" -> Dbms.POSTGRESQL;
                case "mariadb" -> Dbms.MARIADB;
                default -> throw new IllegalArgumentException("--db takes sqlite, postgresql, mariadb");
            };
            String url = prepare(dbms, users, rows);
            List<Double> reference = new ArrayList<>();
            List<Run> runs = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                reference.add(reference(dbms, users, rows));
                runs.add(rowboat(url, format, xmx));
                Run last = runs.get(runs.size() - 1);
                System.out.printf("  %s round %d: reference %.0f ms, rowboat export %.0f ms (open %.0f ms), peak heap %.1f MB of %.0f, %,d rows, %,d bytes%n",
                        dbms.displayName(), r + 1, reference.get(r), last.exportMs(), last.openMs(), last.peakHeapMb(), last.maxHeapMb(),
                        last.rows(), last.bytes());
            }
            double ref = median(reference.stream().mapToDouble(Double::doubleValue).toArray());
            double export = median(runs.stream().mapToDouble(Run::exportMs).toArray());
            double peak = runs.stream().mapToDouble(Run::peakHeapMb).max().orElse(0);
            lines.add(String.format("| %s | %s | %.1f s | %.1f s | %.2f | %.0f MB (-Xmx%s) |", dbms.displayName(), referenceName(dbms),
                    ref / 1000, export / 1000, export / ref, peak, xmx));
        }
        System.out.printf("%nExport of %,d posts to %s, median of %d rounds; ratio = Rowboat / reference:%n", rows, format, rounds);
        System.out.println("| database | reference | reference time | Rowboat export time | ratio | Rowboat peak heap in use |");
        System.out.println("|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
    }

    private static String referenceName(Dbms dbms) {
        return switch (dbms) {
            case SQLITE -> "`sqlite3 -csv -header`";
            case POSTGRESQL -> "`COPY (SELECT * FROM post ORDER BY id) TO STDOUT (FORMAT csv, HEADER)` via CopyManager";
            default -> "`SELECT * FROM post ORDER BY id INTO OUTFILE` (CSV)";
        };
    }

    /** Makes the data once; returns the URL Rowboat opens it by. */
    private static String prepare(Dbms dbms, int users, long posts) throws Exception {
        if (dbms == Dbms.SQLITE) {
            try (OpenDatabase db = new BenchDatabase(Dbms.SQLITE, Path.of("target/bench-data"), users, posts, System.out).openFilled()) {
                return "sqlite:///" + db.spec().file().toAbsolutePath();
            }
        }
        ConnectionSpec spec = server(dbms);
        if (dbms == Dbms.POSTGRESQL) {
            TestDatabase.admin(dbms, "create schema if not exists " + SCHEMA);
        } else {
            TestDatabase.admin(dbms, "create database if not exists " + SCHEMA);
        }
        long[] counts = counts(spec);
        if (counts[0] != users || counts[1] != posts) {
            System.out.printf("%s: writing %,d users and %,d posts (once; later runs reuse them)%n", dbms.displayName(), users, posts);
            if (counts[0] >= 0) {
                try (Connection c = connect(spec); Statement s = c.createStatement()) {
                    s.execute(dbms == Dbms.POSTGRESQL ? "drop schema " + SCHEMA + " cascade" : "drop database " + SCHEMA);
                    s.execute(dbms == Dbms.POSTGRESQL ? "create schema " + SCHEMA : "create database " + SCHEMA);
                }
            }
            MicroblogHistory.bringToHead(ConnectionSource.of(spec), dbms);
            long start = System.nanoTime();
            try (OpenDatabase db = new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, false).open(spec, ConnectOptions.defaults())) {
                db.inTransaction(session -> SampleData.populateBulk(session, users, posts, 20240229L));
            }
            System.out.printf("%s: written in %.1f s%n", dbms.displayName(), (System.nanoTime() - start) / 1e9);
        } else {
            System.out.printf("%s: reusing %s (%,d users, %,d posts)%n", dbms.displayName(), SCHEMA, counts[0], counts[1]);
        }
        return dbms == Dbms.POSTGRESQL ? "postgresql://postgres@127.0.0.1/" + TestDatabase.POSTGRES_DATABASE + "?currentSchema=" + SCHEMA
                : "mysql://root@127.0.0.1/" + SCHEMA;
    }

    private static ConnectionSpec server(Dbms dbms) {
        return dbms == Dbms.POSTGRESQL
                ? new ConnectionSpec(dbms, TestDatabase.postgresUrl(TestDatabase.POSTGRES_DATABASE) + "?currentSchema=" + SCHEMA, "postgres", null, null)
                : new ConnectionSpec(dbms, TestDatabase.mariadbUrl(SCHEMA), "root", null, null);
    }

    private static Connection connect(ConnectionSpec spec) throws SQLException {
        return DriverManager.getConnection(spec.jdbcUrl(), spec.user(), "");
    }

    /** {users, posts}, or -1 where the tables are not there. */
    private static long[] counts(ConnectionSpec spec) throws SQLException {
        try (Connection c = connect(spec); Statement s = c.createStatement()) {
            String user = spec.dbms() == Dbms.POSTGRESQL ? "\"user\"" : "`user`";
            long[] counts = new long[2];
            try (ResultSet rs = s.executeQuery("select (select count(*) from " + user + "), (select count(*) from post)")) {
                rs.next();
                counts[0] = rs.getLong(1);
                counts[1] = rs.getLong(2);
            }
            return counts;
        } catch (SQLException e) {
            return new long[] {-1, -1};
        }
    }

    /** The database's own export to a CSV file: milliseconds. */
    private static double reference(Dbms dbms, int users, long posts) throws Exception {
        Path file = OUT.resolve("reference-" + dbms.name().toLowerCase(Locale.ROOT) + ".csv");
        Files.deleteIfExists(file);
        long start;
        long end;
        switch (dbms) {
            case SQLITE -> {
                Path db = new BenchDatabase(Dbms.SQLITE, Path.of("target/bench-data"), users, posts, System.out).spec().file().toAbsolutePath();
                ProcessBuilder sqlite = new ProcessBuilder("sqlite3", "-csv", "-header", db.toString(), "select * from post order by id")
                        .redirectOutput(file.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
                start = System.nanoTime();
                int exit = sqlite.start().waitFor();
                end = System.nanoTime();
                if (exit != 0) {
                    throw new IllegalStateException("sqlite3 exited with " + exit);
                }
            }
            case POSTGRESQL -> {
                try (Connection c = connect(server(dbms)); OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    start = System.nanoTime();
                    c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT * FROM " + SCHEMA + ".post ORDER BY id) TO STDOUT (FORMAT csv, HEADER)", out);
                    out.flush();
                    end = System.nanoTime();
                }
            }
            default -> {
                try (Connection c = connect(server(dbms)); Statement s = c.createStatement()) {
                    start = System.nanoTime();
                    s.execute("SELECT * FROM post ORDER BY id INTO OUTFILE '" + file + "' FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' "
                            + "LINES TERMINATED BY '\\r\\n'");
                    end = System.nanoTime();
                }
            }
        }
        Files.deleteIfExists(file);
        return (end - start) / 1e6;
    }

    /** Rowboat's export in a JVM of its own with a small heap. */
    private static Run rowboat(String url, String format, String xmx) throws Exception {
        Path file = OUT.resolve("rowboat." + format);
        Files.deleteIfExists(file);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx,
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider", "-cp", classpath(), ExportRun.class.getName(),
                url, "Post", format, file.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        Matcher m = RESULT.matcher(output);
        if (exit != 0 || !m.find()) {
            throw new IllegalStateException("The export run failed (exit " + exit + "):\n" + output);
        }
        long bytes = Files.size(file);
        Files.deleteIfExists(file);
        return new Run(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), bytes);
    }

    /** This JVM's classpath, as exec:java's class loader holds it (java.class.path is Maven's own there). */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = ExportBenchmark.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(new File(url.getPath()).getAbsolutePath());
                }
            }
        }
        entries.addAll(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        return String.join(File.pathSeparator, entries);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
