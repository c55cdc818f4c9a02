package dev.rowboat.app;

import dev.rowboat.data.DataLocations;
import dev.rowboat.migrate.MicroblogHistory;
import java.util.Locale;
import java.util.Properties;

/**
 * Makes a {@code db} command's start short: it is a whole process each time (a CI step, a
 * script), timed against Alembic. No logback, sqlite-jdbc's library kept rather than extracted,
 * and the two slow first uses that do not depend on each other, reading revision files (Jackson
 * and SnakeYAML) and loading SQLite's native code, warmed on their own threads while picocli
 * reads the command line.
 */
final class DbStartup {
    private static final String SLF4J_PROVIDER = "slf4j.provider";

    private DbStartup() {
    }

    static void prepare(String[] args) {
        if (System.getProperty(SLF4J_PROVIDER) == null) {
            // The db commands print what they do; logback (XML parsing and 500 classes) would only repeat it.
            System.setProperty(SLF4J_PROVIDER, "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        if (mentionsSqlite(args)) {
            // The kept library must be chosen before the driver's first load, which this thread makes.
            warm("rowboat-warm-sqlite", () -> {
                SqliteNativeLibrary.useKeptCopy(DataLocations.forCurrentUser().home());
                openSqliteInMemory();
            });
        }
        warm("rowboat-warm-yaml", () -> MicroblogHistory.repository().revisions());
    }

    private static boolean mentionsSqlite(String[] args) {
        String env = System.getenv("DATABASE_URL");
        String all = String.join(" ", args) + " " + (env == null ? "" : env);
        return all.toLowerCase(Locale.ROOT).contains("sqlite");
    }

    private static void openSqliteInMemory() {
        try {
            new org.sqlite.JDBC().connect("jdbc:sqlite::memory:", new Properties()).close();
        } catch (java.sql.SQLException e) {
            // only a warm-up: the real connection reports its own errors
        }
    }

    private static void warm(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // only a warm-up
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
