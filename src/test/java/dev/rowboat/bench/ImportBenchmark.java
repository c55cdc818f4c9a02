package dev.rowboat.bench;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.transfer.ImportFiles;
import dev.rowboat.data.transfer.ImportJob;
import dev.rowboat.data.transfer.ImportMapping;
import dev.rowboat.data.transfer.ImportRows;
import dev.rowboat.data.transfer.ImportTable;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.Progress;
import dev.rowboat.testing.Servers;
import dev.rowboat.testing.TestDatabase;
import java.io.BufferedWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: importing a CSV file of 100,000 posts through {@code rowboat import}'s
 * path (read, strict UTF-8, parse, map, convert, write in one transaction with Hibernate's
 * binders) against a raw JDBC batch insert of the same rows, already in memory, in one
 * transaction, on the same database in the same run. Rounds alternate which goes first; each
 * round's rows are deleted (not timed) before the next. The conversion alone is timed too.
 * Run with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.rowboat.bench.ImportBenchmark [-Dexec.args=servers]}; servers adds
 * PostgreSQL and MariaDB when reachable.
 */
public final class ImportBenchmark {
    private static final int ROWS = 100_000;
    private static final int FIRST_ID = 1_000_001;
    private static final int WARMUP_ROUNDS = 2;
    private static final int MEASURED_ROUNDS = 5;
    private static final int JDBC_BATCH = 1_000;

    private ImportBenchmark() {
    }

    private record Result(Dbms dbms, double jdbc, double rowboat, double convert) {
    }

    public static void main(String[] args) throws Exception {
        boolean servers = args.length > 0 && args[0].equals("servers");
        List<Result> results = new ArrayList<>();
        for (Dbms dbms : Dbms.values()) {
            if (!dbms.isFileBased() && (!servers || !reachable(dbms))) {
                continue;
            }
            System.out.printf("%s: preparing...%n", dbms.displayName());
            results.add(run(dbms));
        }
        System.out.printf("%nImport %,d posts from CSV in one transaction: Rowboat's import vs a raw JDBC batch insert%n", ROWS);
        System.out.printf("(%d warm-up + %d measured rounds, alternating order; medians)%n%n", WARMUP_ROUNDS, MEASURED_ROUNDS);
        System.out.printf("%-12s %10s %12s %8s %22s%n", "database", "JDBC ms", "Rowboat ms", "ratio", "of which convert ms");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-12s %10.0f %12.0f %8.2f %22.0f%n", r.dbms().displayName(), r.jdbc(), r.rowboat(),
                    r.rowboat() / r.jdbc(), r.convert());
        }
    }

    private static Result run(Dbms dbms) throws Exception {
        Path file = Files.createTempFile("rowboat-import-bench", ".csv");
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample();
             Connection raw = DriverManager.getConnection(test.spec().jdbcUrl(), test.spec().user() == null ? "" : test.spec().user(), "")) {
            List<Integer> users = users(raw, dbms);
            List<Object[]> rows = rows(users);
            writeCsv(file, rows);
            raw.setAutoCommit(false);
            String timestamp = dbms == Dbms.MARIADB ? "`timestamp`" : "\"timestamp\"";
            String insert = "insert into post (id, body, " + timestamp + ", user_id) values (?, ?, ?, ?)";
            List<Double> jdbc = new ArrayList<>();
            List<Double> rowboat = new ArrayList<>();
            List<Double> convert = new ArrayList<>();
            for (int round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
                for (int turn = 0; turn < 2; turn++) {
                    boolean isRowboat = (round % 2 == 0) == (turn == 0);
                    long start = System.nanoTime();
                    if (isRowboat) {
                        ImportJob.Result result = ImportJob.run(db.catalog(), db.imports(), "Post", file,
                                new ImportJob.Options(false, false, 0, false, null), Progress.NONE);
                        if (result.writtenCount() != ROWS) {
                            throw new IllegalStateException("Imported " + result.writtenCount());
                        }
                    } else {
                        jdbcInsert(raw, insert, rows, dbms);
                    }
                    double millis = (System.nanoTime() - start) / 1e6;
                    if (round >= WARMUP_ROUNDS) {
                        (isRowboat ? rowboat : jdbc).add(millis);
                    }
                    check(raw);
                    clear(raw);
                }
                if (round >= WARMUP_ROUNDS) {
                    long start = System.nanoTime();
                    ImportTable table = ImportFiles.read(file, null);
                    ImportRows.convert(table, ImportMapping.byName(db.catalog().get("Post"), db.catalog(), table.columns()),
                            db.catalog(), Progress.NONE, QueryCancel.none());
                    convert.add((System.nanoTime() - start) / 1e6);
                }
            }
            return new Result(dbms, median(jdbc), median(rowboat), median(convert));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void jdbcInsert(Connection raw, String sql, List<Object[]> rows, Dbms dbms) throws SQLException {
        try (PreparedStatement ps = raw.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                ps.setInt(1, (Integer) row[0]);
                ps.setString(2, (String) row[1]);
                if (dbms == Dbms.SQLITE) {
                    ps.setString(3, row[2].toString().replace('T', ' ')); // SQLite keeps text
                } else {
                    ps.setObject(3, row[2]);
                }
                ps.setInt(4, (Integer) row[3]);
                ps.addBatch();
                if (++pending == JDBC_BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        }
        raw.commit();
    }

    private static List<Object[]> rows(List<Integer> users) {
        List<Object[]> rows = new ArrayList<>(ROWS);
        LocalDateTime base = LocalDateTime.of(2024, 1, 1, 0, 0);
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[] {FIRST_ID + i, "Imported post number " + i + ", with a comma and \"quotes\"",
                    base.plusSeconds(i * 37L), users.get(i % users.size())});
        }
        return rows;
    }

    private static void writeCsv(Path file, List<Object[]> rows) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,body,timestamp,user_id\r\n");
            for (Object[] row : rows) {
                out.write(row[0] + ",\"" + ((String) row[1]).replace("\"", "\"\"") + "\"," + row[2] + "," + row[3] + "\r\n");
            }
        }
    }

    private static List<Integer> users(Connection raw, Dbms dbms) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Statement s = raw.createStatement(); ResultSet rs = s.executeQuery("select id from " + (dbms == Dbms.MARIADB ? "`user`" : "\"user\""))) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    private static void check(Connection raw) throws SQLException {
        try (Statement s = raw.createStatement(); ResultSet rs = s.executeQuery("select count(*) from post where id >= " + FIRST_ID)) {
            rs.next();
            if (rs.getInt(1) != ROWS) {
                throw new IllegalStateException("Expected " + ROWS + " imported posts, found " + rs.getInt(1));
            }
        }
    }

    private static void clear(Connection raw) throws SQLException {
        try (Statement s = raw.createStatement()) {
            s.executeUpdate("delete from post where id >= " + FIRST_ID);
        }
        raw.commit();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static boolean reachable(Dbms dbms) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Servers.HOST, Servers.port(dbms)), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
