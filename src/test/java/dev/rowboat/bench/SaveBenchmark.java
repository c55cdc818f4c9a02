package dev.rowboat.bench;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.edit.RowEdit;
import dev.rowboat.data.edit.UpdateRow;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Servers;
import dev.rowboat.testing.TestDatabase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark, not a test: saving 10,000 edited posts (body changed) in one transaction with
 * Rowboat's ChangeWriter, against raw JDBC batch updates ({@code UPDATE post SET body=? WHERE id=?})
 * of the same rows on the same database in the same run. Rounds alternate which goes first; the
 * medians give the ratio, whose target is at most 2. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rowboat.bench.SaveBenchmark}.
 */
public final class SaveBenchmark {
    private static final int ROWS = 10_000;
    /** Both sides run on a JIT that has compiled them: the first rounds mostly measure the compiler. */
    private static final int WARMUP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 9;
    private static final double TARGET_RATIO = 2.0;

    private SaveBenchmark() {
    }

    /** One database's medians. */
    private record SaveBenchmarkResult(Dbms dbms, double jdbcMillis, double rowboatMillis, List<Double> jdbcRounds,
                                       List<Double> rowboatRounds, double coldRatio) {
        double ratio() {
            return rowboatMillis / jdbcMillis;
        }
    }

    public static void main(String[] args) throws Exception {
        List<SaveBenchmarkResult> results = new ArrayList<>();
        for (Dbms dbms : Dbms.values()) {
            if (!dbms.isFileBased() && !reachable(dbms)) {
                System.out.printf("%s: server at %s:%d not reachable, skipped%n", dbms.displayName(), Servers.HOST, Servers.port(dbms));
                continue;
            }
            System.out.printf("%s: preparing %,d posts...%n", dbms.displayName(), ROWS);
            results.add(run(dbms));
        }
        System.out.println();
        System.out.printf("Save %,d edited posts in one transaction: Rowboat ChangeWriter vs raw JDBC batch%n", ROWS);
        System.out.printf("(%d warm-up + %d measured rounds, alternating order; medians)%n%n", WARMUP_ROUNDS, MEASURED_ROUNDS);
        System.out.printf("%-14s %12s %14s %8s %8s %14s%n", "database", "JDBC ms", "Rowboat ms", "ratio", "target",
                "first round");
        for (SaveBenchmarkResult r : results) {
            System.out.printf(Locale.ROOT, "%-14s %12.1f %14.1f %8.2f %8s %14.2f  %s%n", r.dbms().displayName(), r.jdbcMillis(),
                    r.rowboatMillis(), r.ratio(), "<= " + TARGET_RATIO, r.coldRatio(), r.ratio() <= TARGET_RATIO ? "met" : "MISSED");
        }
        System.out.println("(first round: the ratio of the very first save of each, on a cold JIT, for reference)");
        System.out.println();
        for (SaveBenchmarkResult r : results) {
            System.out.printf(Locale.ROOT, "%-14s rounds JDBC %s%n%-14s rounds Rowboat %s%n", r.dbms().displayName(),
                    rounded(r.jdbcRounds()), "", rounded(r.rowboatRounds()));
        }
    }

    private static SaveBenchmarkResult run(Dbms dbms) throws Exception {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.open();
             Connection raw = DriverManager.getConnection(test.spec().jdbcUrl(), test.spec().user() == null ? "" : test.spec().user(), "")) {
            db.createTablesIfEmpty();
            db.inTransaction(s -> SampleData.populateBulk(s, 50, ROWS, 42));
            Map<Integer, String> bodies = bodies(raw);
            raw.setAutoCommit(false);
            List<Double> jdbc = new ArrayList<>();
            List<Double> rowboat = new ArrayList<>();
            double[] first = new double[2];
            for (int round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
                boolean rowboatFirst = round % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean isRowboat = rowboatFirst == (turn == 0);
                    String tag = "r" + round + (isRowboat ? "-rowboat " : "-jdbc ");
                    double millis = isRowboat ? rowboatSave(db, bodies, tag) : jdbcSave(raw, bodies, tag);
                    if (round == 0) {
                        first[isRowboat ? 0 : 1] = millis;
                    }
                    if (round >= WARMUP_ROUNDS) {
                        (isRowboat ? rowboat : jdbc).add(millis);
                    }
                }
            }
            check(raw, bodies);
            return new SaveBenchmarkResult(dbms, median(jdbc), median(rowboat), jdbc, rowboat, first[0] / first[1]);
        }
    }

    /** Builds the edits the grid would hand over (not timed), then times the save alone. */
    private static double rowboatSave(OpenDatabase db, Map<Integer, String> bodies, String tag) {
        List<RowEdit> edits = new ArrayList<>(bodies.size());
        Map<Integer, String> next = new LinkedHashMap<>();
        bodies.forEach((id, body) -> {
            String changed = newBody(tag, id);
            edits.add(new UpdateRow("Post", id, Map.of("body", body), Map.of("body", changed)));
            next.put(id, changed);
        });
        long start = System.nanoTime();
        db.changes().save(edits);
        double millis = (System.nanoTime() - start) / 1e6;
        bodies.putAll(next);
        return millis;
    }

    private static double jdbcSave(Connection raw, Map<Integer, String> bodies, String tag) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement update = raw.prepareStatement("UPDATE post SET body=? WHERE id=?")) {
            for (Integer id : bodies.keySet()) {
                update.setString(1, newBody(tag, id));
                update.setInt(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        raw.commit();
        double millis = (System.nanoTime() - start) / 1e6;
        bodies.replaceAll((id, body) -> newBody(tag, id));
        return millis;
    }

    private static String newBody(String tag, int id) {
        return tag + "edited body of post " + id;
    }

    private static Map<Integer, String> bodies(Connection raw) throws SQLException {
        Map<Integer, String> bodies = new LinkedHashMap<>();
        try (Statement s = raw.createStatement(); ResultSet rs = s.executeQuery("select id, body from post order by id")) {
            while (rs.next()) {
                bodies.put(rs.getInt(1), rs.getString(2));
            }
        }
        return bodies;
    }

    /** Every row holds the last round's body: both sides really wrote. */
    private static void check(Connection raw, Map<Integer, String> expected) throws SQLException {
        raw.commit();
        if (!bodies(raw).equals(expected)) {
            throw new IllegalStateException("The posts do not hold the bodies the last round wrote");
        }
        raw.commit();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList();
    }

    private static boolean reachable(Dbms dbms) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Servers.HOST, Servers.port(dbms)), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
