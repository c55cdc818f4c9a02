package dev.rowboat.bench;

import static dev.rowboat.bench.RawKeysetReference.column;
import static dev.rowboat.bench.RawKeysetReference.table;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.LabelMatch;
import dev.rowboat.data.paging.LabelPage;
import dev.rowboat.data.paging.LabelSearch;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.schema.Dbms;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Consumer;

/**
 * The relationship figures of the issue, each against the plain JDBC query it amounts to: the
 * first page of the posts of a user with 100,000 posts (the scoped grid, author join and tag counts
 * included, against {@code select ... from post where user_id = ? order by id limit 100}); and the
 * author picker finding one user among 10,000 by part of the name (against the LIKE it runs).
 * Each has its own database files, so the grid benchmark's files keep their sizes.
 */
final class RelationFigures {
    static final int HEAVY_POSTS = 100_000;
    static final int PICKER_USERS = 10_000;
    /** Part of one bulk user's name ({@code bulk…_5123}), as a person would type it. */
    static final String TYPED = "_5123";
    static final int WARMUP_SECONDS = 4;

    private final PairedTiming timing;
    private final PrintStream out;

    RelationFigures(PairedTiming timing, PrintStream out) {
        this.timing = timing;
        this.out = out;
    }

    /** Measures both figures on one system; each line goes to {@code table} as the grid figures do. */
    void measure(Dbms dbms, Path folder, Consumer<String> table) throws Exception {
        BenchDatabase heavy = new BenchDatabase(dbms, folder, 1, HEAVY_POSTS, out);
        try (OpenDatabase db = heavy.openFilled(); Connection c = DriverManager.getConnection(heavy.spec().jdbcUrl())) {
            Object userId = db.pages().fetch(new PageRequest("User", null, List.of(), Anchor.first(), 1), QueryCancel.none()).rows().get(0).id();
            String post = db.catalog().get("Post").table();
            PageRequest request = new PageRequest("Post", null, List.of(), Anchor.first(), RawKeysetReference.PAGE,
                    new Scope("User", userId, "posts"));
            try (PreparedStatement raw = c.prepareStatement("select " + column(c, post, "id") + ", " + column(c, post, "body") + ", "
                    + column(c, post, "timestamp") + ", " + column(c, post, "user_id") + " from " + table(c, post) + " where "
                    + column(c, post, "user_id") + " = ? order by " + column(c, post, "id") + " limit " + RawKeysetReference.PAGE)) {
                raw.setObject(1, userId);
                report(dbms, String.format("posts of a user with %,d posts, first page", HEAVY_POSTS),
                        () -> checksum(db.pages().fetch(request, QueryCancel.none())), () -> posts(raw), table);
            }
        }
        BenchDatabase people = new BenchDatabase(dbms, folder, PICKER_USERS, 1_000, out);
        try (OpenDatabase db = people.openFilled(); Connection c = DriverManager.getConnection(people.spec().jdbcUrl())) {
            LabelSearch search = new LabelSearch(db.pages());
            String user = db.catalog().get("User").table();
            String username = column(c, user, "username");
            LabelPage found = search.search("User", TYPED, null, null, 50, QueryCancel.none());
            out.printf("%s: the picker finds %s for \"%s\"%n", dbms.displayName(), found.matches().stream().map(LabelMatch::label).toList(), TYPED);
            try (PreparedStatement raw = c.prepareStatement("select " + column(c, user, "id") + ", " + username + " from "
                    + table(c, user) + " where lower(" + username + ") like ? order by " + username + ", " + column(c, user, "id")
                    + " limit 51")) {
                raw.setString(1, "%" + TYPED + "%");
                report(dbms, String.format("author picker: \"%s\" among %,d users", TYPED, PICKER_USERS),
                        () -> search.search("User", TYPED, null, null, 50, QueryCancel.none()).matches().size(), () -> labels(raw), table);
            }
        }
    }

    private void report(Dbms dbms, String name, java.util.function.LongSupplier subject, java.util.function.LongSupplier reference,
                        Consumer<String> table) {
        // Warmed about as long as each grid figure is: 200 calls alone are a tenth of a second here.
        timing.warmFor(WARMUP_SECONDS, subject, reference);
        PairedTiming.Result r = timing.measure(subject, reference);
        String line = String.format("%-7s %-44s %12.1f %10.1f %7.2f %7s  %s", dbms.displayName(), name,
                r.subjectMicros(), r.referenceMicros(), r.ratio(), "≤ " + GridBenchmark.TARGET_RATIO,
                r.ratio() <= GridBenchmark.TARGET_RATIO ? "OK" : "over") + "  " + r.spread();
        out.println(line);
        table.accept(line);
    }

    private static long checksum(Page page) {
        long sum = page.rows().size();
        for (Row row : page.rows()) {
            sum += row.cells().hashCode();
        }
        return sum;
    }

    private static long posts(PreparedStatement raw) {
        try (ResultSet rs = raw.executeQuery()) {
            long sum = 0;
            while (rs.next()) {
                String body = rs.getString(2);
                Timestamp timestamp = rs.getTimestamp(3);
                sum += rs.getInt(1) + (body == null ? 0 : body.length()) + (timestamp == null ? 0 : timestamp.getTime()) + rs.getInt(4);
            }
            return sum;
        } catch (SQLException e) {
            throw new IllegalStateException("The reference query failed: " + e.getMessage(), e);
        }
    }

    private static long labels(PreparedStatement raw) {
        try (ResultSet rs = raw.executeQuery()) {
            long sum = 0;
            while (rs.next()) {
                sum += rs.getInt(1) + rs.getString(2).length();
            }
            return sum;
        } catch (SQLException e) {
            throw new IllegalStateException("The reference query failed: " + e.getMessage(), e);
        }
    }
}
