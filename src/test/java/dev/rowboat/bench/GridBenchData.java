package dev.rowboat.bench;

import static dev.rowboat.bench.SqlNames.column;
import static dev.rowboat.bench.SqlNames.table;

import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.MicroblogHistory;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The grid benchmark's data on one database, made once and reused while it holds the expected
 * rows: H2 and SQLite files under {@code target/bench-data/}, PostgreSQL's schema
 * {@value #SCHEMA} in {@code test}, MariaDB's database {@value #SCHEMA}. The tables are made by
 * the built-in migration history, as Rowboat makes its own databases; the rows are written in
 * plain JDBC, a thousand to a statement, committed every 100,000. Every tenth post is user 1's (a user
 * with 100,000 posts of a million), the rest by random users; every fifth post has a tag.
 */
final class GridBenchData {
    static final String SCHEMA = "rb_grid_bench";
    static final String HOST = "127.0.0.1";
    private static final long SEED = 20240229L;
    private static final int ROWS_PER_INSERT = 1_000;
    private static final int TAGS = 19;
    private static final long COMMIT_EVERY = 100_000;
    /** SampleData's words; "coffee" is in about one post in four. */
    private static final String[] WORDS = {"hello", "world", "flask", "python", "database", "migration", "rowboat",
        "river", "coffee", "morning", "evening", "weekend", "travel", "music", "garden", "code", "review",
        "release", "bug", "fix", "idea", "book", "movie", "walk", "rain", "sunny", "lunch", "team", "blog", "post"};
    private static final LocalDateTime EPOCH = LocalDateTime.of(2023, 1, 1, 0, 0);
    private static final DateTimeFormatter SQLITE_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final Dbms dbms;
    private final Path folder;
    private final int users;
    private final long posts;
    private final PrintStream out;

    GridBenchData(Dbms dbms, Path folder, int users, long posts, PrintStream out) {
        if (users < 2) {
            throw new IllegalArgumentException("Use at least two users: user 1 has every tenth post, the others the rest.");
        }
        this.dbms = dbms;
        this.folder = folder.toAbsolutePath();
        this.users = users;
        this.posts = posts;
        this.out = out;
    }

    /** Where the server is not listening, a sentence saying so; empty for a file or a server that answers. */
    String unreachable() {
        if (dbms.isFileBased()) {
            return "";
        }
        int port = dbms == Dbms.POSTGRESQL ? 5432 : 3306;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 1000);
            return "";
        } catch (IOException e) {
            return dbms.displayName() + " at " + HOST + ":" + port + " is not reachable (" + e.getMessage() + "): skipped.";
        }
    }

    ConnectionSpec spec() {
        String base = "grid-" + dbms.name().toLowerCase(Locale.ROOT) + "-" + users + "u-" + posts + "p";
        return switch (dbms) {
            // H2 hands back a query's previous result while nothing changed; the grid never asks the same
            // page twice in a row, so neither side of the benchmark may profit from it.
            case H2 -> new ConnectionSpec(dbms, "jdbc:h2:file:" + folder.resolve(base) + ";OPTIMIZE_REUSE_RESULTS=FALSE", null, null,
                    folder.resolve(base + ".mv.db"));
            case SQLITE -> new ConnectionSpec(dbms, "jdbc:sqlite:" + folder.resolve(base + ".db"), null, null, folder.resolve(base + ".db"));
            case POSTGRESQL -> new ConnectionSpec(dbms, TestDatabase.postgresUrl(TestDatabase.POSTGRES_DATABASE) + "?currentSchema=" + SCHEMA,
                    "postgres", null, null);
            default -> new ConnectionSpec(dbms, TestDatabase.mariadbUrl(SCHEMA), "root", null, null);
        };
    }

    /** The same database, opened through {@link CapturingDriver}. */
    ConnectionSpec capturingSpec() {
        ConnectionSpec spec = spec();
        return new ConnectionSpec(dbms, CapturingDriver.url(spec.jdbcUrl()), spec.user(), spec.password(), spec.file());
    }

    /** A plain connection of its own, as the pool's are made (auto-commit on). */
    Connection connect() throws SQLException {
        ConnectionSpec spec = spec();
        return DriverManager.getConnection(spec.jdbcUrl(), spec.user() == null ? "" : spec.user(), "");
    }

    /** Makes the data unless it is there with the expected numbers of users and posts. */
    void prepare() throws Exception {
        long[] counts = counts();
        if (counts[0] == users && counts[1] == posts) {
            out.printf("%s: reusing %s (%,d users, %,d posts)%n", dbms.displayName(), where(), counts[0], counts[1]);
            return;
        }
        if (counts[0] >= 0) {
            out.printf("%s: %s holds %,d users and %,d posts, not %,d and %,d: making it again%n", dbms.displayName(), where(),
                    counts[0], counts[1], users, posts);
        }
        clear();
        MicroblogHistory.bringToHead(ConnectionSource.of(spec()), dbms);
        out.printf("%s: writing %,d users and %,d posts to %s (once; later runs reuse them)%n", dbms.displayName(), users, posts, where());
        long start = System.nanoTime();
        try (Connection c = connect()) {
            load(c);
        }
        if (dbms == Dbms.H2) {
            // H2 compacts its file only when closed, and at the JVM's exit under exec:java it cannot:
            // without this the file keeps every version the load wrote (3.3 GB for 1M posts, not 70 MB)
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("shutdown compact");
            }
        }
        out.printf("%s: written in %.1f s%n", dbms.displayName(), (System.nanoTime() - start) / 1e9);
    }

    private String where() {
        return switch (dbms) {
            case POSTGRESQL -> "schema " + SCHEMA + " of " + TestDatabase.POSTGRES_DATABASE;
            case MARIADB -> "database " + SCHEMA;
            default -> spec().file().toString();
        };
    }

    /** {users, posts}, or -1 where the tables are not there. */
    private long[] counts() {
        if (dbms.isFileBased() && !Files.exists(spec().file())) {
            return new long[] {-1, -1};
        }
        if (!dbms.isFileBased()) {
            TestDatabase.admin(dbms, dbms == Dbms.POSTGRESQL ? "create schema if not exists " + SCHEMA : "create database if not exists " + SCHEMA);
        }
        // a database that cannot be opened (an H2 file another process holds) is an error, not missing data to make again
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select (select count(*) from " + table(c, "user") + "), (select count(*) from "
                    + table(c, "post") + ")")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            } catch (SQLException e) { // the tables are not there (a first run, or one interrupted)
                return new long[] {-1, -1};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(dbms.displayName() + ": cannot open " + where() + ": " + e.getMessage(), e);
        }
    }

    private void clear() throws IOException {
        switch (dbms) {
            case POSTGRESQL -> TestDatabase.admin(dbms, "drop schema if exists " + SCHEMA + " cascade", "create schema " + SCHEMA);
            case MARIADB -> TestDatabase.admin(dbms, "drop database if exists " + SCHEMA, "create database " + SCHEMA);
            default -> {
                Files.createDirectories(folder);
                String prefix = spec().file().getFileName().toString().replaceFirst("\\.(mv\\.db|db)$", "");
                try (Stream<Path> siblings = Files.list(folder)) {
                    for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix + ".")).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    private interface RowBinder {
        /** Binds row {@code row} (counted from 1) from parameter {@code offset + 1} on. */
        void bind(PreparedStatement statement, int offset, long row) throws SQLException;
    }

    private void load(Connection c) throws SQLException {
        c.setAutoCommit(false);
        String user = table(c, "user");
        String post = table(c, "post");
        insert(c, "insert into " + user + " (" + column(c, "user", "username") + ", " + column(c, "user", "email") + ", "
                + column(c, "user", "password_hash") + ") values ", 3, users, (s, o, row) -> {
                    s.setString(o + 1, "bulk_" + row);
                    s.setString(o + 2, "bulk_" + row + "@example.com");
                    s.setString(o + 3, "pbkdf2:sha256:600000$bulk$" + row);
                });
        requireIds(c, user, column(c, "user", "id"), users);
        Random random = new Random(SEED);
        long spanMinutes = 3L * 365 * 24 * 60;
        insert(c, "insert into " + post + " (" + column(c, "post", "body") + ", " + column(c, "post", "timestamp") + ", "
                + column(c, "post", "user_id") + ") values ", 3, posts, (s, o, row) -> {
                    s.setString(o + 1, sentence(random));
                    LocalDateTime time = EPOCH.plusMinutes((long) (random.nextDouble() * spanMinutes));
                    if (dbms == Dbms.SQLITE) {
                        s.setString(o + 2, SQLITE_TEXT.format(time)); // as Rowboat and SQLAlchemy store them
                    } else {
                        s.setObject(o + 2, time);
                    }
                    s.setInt(o + 3, row % 10 == 0 ? 1 : 2 + random.nextInt(users - 1));
                    if (row % 100_000 == 0) {
                        out.printf("  ... %,d posts%n", row);
                    }
                });
        String tag = table(c, "tag");
        insert(c, "insert into " + tag + " (" + column(c, "tag", "name") + ") values ", 1, TAGS,
                (s, o, row) -> s.setString(o + 1, String.format("tag%02d", row)));
        requireIds(c, tag, column(c, "tag", "id"), TAGS);
        String postId = column(c, "post", "id");
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into " + table(c, "post_tag") + " (" + column(c, "post_tag", "post_id") + ", "
                    + column(c, "post_tag", "tag_id") + ") select " + postId + ", " + postId + " % " + TAGS + " + 1 from " + post
                    + " where " + postId + " % 5 = 0");
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            // This PostgreSQL runs without autovacuum, which would have analysed the new rows by now.
            if (dbms == Dbms.POSTGRESQL) {
                s.execute("analyze");
            } else if (dbms == Dbms.MARIADB) {
                s.execute("analyze table " + user + ", " + post + ", " + tag + ", " + table(c, "post_tag"));
            }
        }
    }

    /**
     * Rows {@code 1..count} as multi-row inserts of {@value #ROWS_PER_INSERT}, each executed on its
     * own: MariaDB numbers the rows of a batch sent in bulk with gaps, and the posts' user ids and
     * the tags' ids take a table numbered 1..n.
     */
    private static void insert(Connection c, String head, int columns, long count, RowBinder binder) throws SQLException {
        String values = "(" + "?, ".repeat(columns - 1) + "?)";
        long row = 1;
        if (count >= ROWS_PER_INSERT) {
            try (PreparedStatement full = c.prepareStatement(head + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, values)))) {
                for (; row + ROWS_PER_INSERT - 1 <= count; row += ROWS_PER_INSERT) {
                    for (int r = 0; r < ROWS_PER_INSERT; r++) {
                        binder.bind(full, r * columns, row + r);
                    }
                    full.executeUpdate();
                    if (row % COMMIT_EVERY == 1) {
                        c.commit(); // H2 slows down under one transaction of a million rows; counts tell a half-made load
                    }
                }
            }
        }
        int rest = (int) (count - row + 1);
        if (rest > 0) {
            try (PreparedStatement tail = c.prepareStatement(head + String.join(", ", Collections.nCopies(rest, values)))) {
                for (int r = 0; r < rest; r++) {
                    binder.bind(tail, r * columns, row + r);
                }
                tail.executeUpdate();
            }
        }
    }

    /** The posts refer to users 1..n and the tags to tags 1..n: a fresh table numbers its rows so. */
    private static void requireIds(Connection c, String table, String id, long count) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select min(" + id + "), max(" + id + ") from " + table)) {
            rs.next();
            if (rs.getLong(1) != 1 || rs.getLong(2) != count) {
                throw new SQLException(table + " was numbered " + rs.getLong(1) + ".." + rs.getLong(2) + ", not 1.." + count);
            }
        }
    }

    private static String sentence(Random random) {
        StringBuilder sb = new StringBuilder();
        int words = 4 + random.nextInt(10);
        for (int w = 0; w < words && sb.length() < 120; w++) {
            sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
