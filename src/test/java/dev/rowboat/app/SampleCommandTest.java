package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rowboat sample}: what the benchmark and a person use to fill a database. */
class SampleCommandTest {
    @TempDir
    Path dir;

    @Test
    void bulkModeAddsThePostsAndAHundredthAsManyUsers() throws Exception {
        Path file = dir.resolve("big.db");
        int exit = Main.run("sample", "--url", "sqlite:///" + file, "--rows", "2000");
        assertThat(exit).isZero();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            assertThat(count(s.executeQuery("select count(*) from post"))).isEqualTo(2000);
            assertThat(count(s.executeQuery("select count(*) from user"))).isEqualTo(20);
            assertThat(count(s.executeQuery("select count(*) from post where timestamp is null or user_id is null"))).isZero();
        }
    }

    @Test
    void aBadUrlExitsWithASentenceOnStandardError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            int exit = Main.run("sample", "--url", "oracle://x/y");
            assertThat(exit).isEqualTo(2);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString()).startsWith("Rowboat cannot open \"oracle\" databases.");
    }

    private static long count(ResultSet rs) throws Exception {
        rs.next();
        return rs.getLong(1);
    }
}
