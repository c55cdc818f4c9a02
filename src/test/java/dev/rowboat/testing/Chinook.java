package dev.rowboat.testing;

import dev.rowboat.schema.Dbms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The Chinook sample database (MIT) from {@code ../shared/datasets/chinook}, loaded into a test
 * database: the SQLite file copied, the PostgreSQL and MySQL scripts run without their own
 * CREATE DATABASE. Not copied into the repository; where the folder is missing, tests skip.
 */
public final class Chinook {
    private static final List<Path> FOLDERS = List.of(Path.of("../shared/datasets/chinook"),
            Path.of("/work/shared/datasets/chinook"));

    private Chinook() {
    }

    public static Path folder() {
        String configured = System.getProperty("rowboat.chinook");
        if (configured != null) {
            return Path.of(configured);
        }
        return FOLDERS.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    /** Loads Chinook into the (empty) test database. */
    public static void load(TestDatabase test) {
        Path folder = folder();
        Assumptions.assumeTrue(folder != null, "The Chinook dataset is not at ../shared/datasets/chinook: test skipped"
                + " (set -Drowboat.chinook=DIR).");
        try {
            if (test.dbms() == Dbms.SQLITE) {
                Files.copy(folder.resolve("Chinook_Sqlite.sqlite"), test.spec().file(), StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            String script = Files.readString(folder.resolve(test.dbms() == Dbms.POSTGRESQL
                    ? "Chinook_PostgreSql.sql" : "Chinook_MySql.sql"), StandardCharsets.UTF_8);
            // everything after the script's own CREATE DATABASE and \c / USE
            int start = script.indexOf("Create Tables");
            String tail = script.substring(script.lastIndexOf("/****", start));
            String body = test.dbms() == Dbms.H2 ? forH2(tail) : tail;
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : body.split(";\\s*\\n")) {
                        String trimmed = sql.strip();
                        if (!trimmed.isEmpty() && !trimmed.replaceAll("(?s)/\\*.*?\\*/", "").isBlank()) {
                            s.execute(trimmed);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Loading Chinook failed: " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Chinook ships no H2 script; its MySQL one runs on H2 once identifiers are quoted the standard
     * way and its dates ('1962/2/18') are written as ISO dates, the one literal H2 refuses.
     */
    private static String forH2(String mysql) {
        return java.util.regex.Pattern.compile("'(\\d{4})/(\\d{1,2})/(\\d{1,2})")
                .matcher(mysql.replace('`', '"'))
                .replaceAll(m -> String.format("'%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }
}
