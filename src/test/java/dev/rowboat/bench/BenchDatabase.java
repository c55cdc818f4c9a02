package dev.rowboat.bench;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark's database files under {@code target/bench-data/}, one per system and size: made
 * once with the microblog schema and {@link SampleData#populateBulk}, then reused while they hold
 * the expected number of users and posts.
 */
final class BenchDatabase {
    private static final long SEED = 20240229L;

    private final Dbms dbms;
    private final Path folder;
    private final int users;
    private final long posts;
    private final PrintStream out;

    BenchDatabase(Dbms dbms, Path folder, int users, long posts, PrintStream out) {
        this.dbms = dbms;
        this.folder = folder.toAbsolutePath();
        this.users = users;
        this.posts = posts;
        this.out = out;
    }

    ConnectionSpec spec() {
        String base = dbms.name().toLowerCase(Locale.ROOT) + "-" + users + "u-" + posts + "p";
        if (dbms == Dbms.H2) {
            Path file = folder.resolve(base);
            // H2 hands back a query's previous result while nothing changed; the grid never asks the
            // same page twice in a row, so neither side of the benchmark may profit from it.
            return new ConnectionSpec(dbms, "jdbc:h2:file:" + file + ";OPTIMIZE_REUSE_RESULTS=FALSE", null, null,
                    Path.of(file + ".mv.db"));
        }
        Path file = folder.resolve(base + ".db");
        return new ConnectionSpec(dbms, "jdbc:sqlite:" + file, null, null, file);
    }

    /** Opens the file, first (re)creating it if it is missing or holds other row counts. */
    OpenDatabase openFilled() throws IOException {
        Files.createDirectories(folder);
        ConnectionSpec spec = spec();
        if (Files.exists(spec.file())) {
            OpenDatabase db = open(spec);
            long[] counts = counts(db);
            if (counts[0] == users && counts[1] == posts) {
                out.printf("%s: reusing %s (%,d users, %,d posts)%n", dbms.displayName(), spec.file(), counts[0], counts[1]);
                return db;
            }
            out.printf("%s: %s holds %,d users and %,d posts, not %,d and %,d: making it again%n",
                    dbms.displayName(), spec.file(), counts[0], counts[1], users, posts);
            db.close();
            deleteFiles(spec.file());
        }
        OpenDatabase db = open(spec);
        db.createTablesIfEmpty();
        generate(db);
        return db;
    }

    private static OpenDatabase open(ConnectionSpec spec) {
        return new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, false).open(spec, ConnectOptions.defaults().allowingCreate());
    }

    /** {users, posts}, or -1 where the table is not there (an interrupted first run). */
    private static long[] counts(OpenDatabase db) {
        boolean complete = db.catalog().find("User").map(e -> e.available()).orElse(false)
                && db.catalog().find("Post").map(e -> e.available()).orElse(false);
        if (!complete) {
            return new long[] {-1, -1};
        }
        return new long[] {db.pages().count("User", List.of(), QueryCancel.none()),
            db.pages().count("Post", List.of(), QueryCancel.none())};
    }

    private void generate(OpenDatabase db) {
        out.printf("%s: writing %,d users and %,d posts to %s (once; later runs reuse the file)%n",
                dbms.displayName(), users, posts, spec().file());
        long start = System.nanoTime();
        // populateBulk writes in one transaction and reports nothing, so show that it is alive.
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> out.printf("  ... still writing, %d s%n", (System.nanoTime() - start) / 1_000_000_000L),
                15, 15, TimeUnit.SECONDS);
        try {
            db.inTransaction(session -> SampleData.populateBulk(session, users, posts, SEED));
        } finally {
            ticker.shutdownNow();
        }
        out.printf("%s: written in %.1f s%n", dbms.displayName(), (System.nanoTime() - start) / 1e9);
    }

    private static void deleteFiles(Path file) throws IOException {
        String prefix = file.getFileName().toString().replaceFirst("\\.(mv\\.db|db)$", "");
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix + ".")
                    || p.getFileName().toString().startsWith(prefix + "-")).toList()) {
                Files.delete(p);
            }
        }
    }
}
