package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --read-only} and {@code --production} on the command line: the app passes them to the
 * window; the {@code db} commands that only read take {@code --read-only} and connect read-only,
 * the ones that write refuse it with a sentence and the usage status, having done nothing.
 */
class ReadOnlyCommandLineTest {
    @TempDir
    Path dir;


    private String url() {
        return "sqlite:///" + dir.resolve("app.db");
    }

    private Run db(String... args) {
        List<String> all = new ArrayList<>(List.of("db"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", url(), "--dir", "classpath:/migrations/microblog"));
        return rowboat(all);
    }

    private List<String> tables() throws Exception {
        List<String> names = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             var rs = c.createStatement().executeQuery("select name from sqlite_master where type = 'table' order by name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void theAppPassesBothMarksToTheWindow() {
        Main main = new Main();
        new CommandLine(main).parseArgs("--read-only", "--production", "--url", "postgresql://me@db/shop");
        assertThat(main.windowConfig().urlOption()).isEqualTo("postgresql://me@db/shop");
        assertThat(main.windowConfig().safeguards()).isEqualTo(new dev.rowboat.schema.Safeguards(true, true));

        Main plain = new Main();
        new CommandLine(plain).parseArgs();
        assertThat(plain.windowConfig().urlOption()).isNull();
        assertThat(plain.windowConfig().safeguards()).isEqualTo(dev.rowboat.schema.Safeguards.NONE);
    }

    @Test
    void theCommandsThatOnlyReadRunReadOnly() throws Exception {
        assertThat(db("upgrade").exit()).isZero();
        List<String> before = tables();

        Run current = db("current", "--read-only");
        assertThat(current.exit()).as(current.err()).isZero();
        assertThat(current.out()).contains("(head)");
        Run history = db("history", "--read-only");
        assertThat(history.exit()).as(history.err()).isZero();
        assertThat(history.out()).contains("applied");
        assertThat(db("heads", "--read-only").exit()).isZero();
        Run check = db("check", "--read-only");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("No changes");
        assertThat(tables()).isEqualTo(before);

        DbOptions options = new DbOptions();
        options.url = url();
        options.readOnly = true;
        assertThat(options.target().spec().readOnly()).as("the engine's connections are made read-only").isTrue();
    }

    @Test
    void aCommandThatWritesRefusesReadOnlyWithTheUsageStatusAndDoesNothing() throws Exception {
        Run upgrade = db("upgrade", "--read-only");
        assertThat(upgrade.exit()).isEqualTo(2);
        assertThat(upgrade.err()).startsWith("`db upgrade` changes the database or the migration files, so it does not run with --read-only.");
        assertThat(upgrade.out()).isEmpty();
        assertThat(dir.resolve("app.db")).as("not even the file is made").doesNotExist();

        assertThat(db("upgrade").exit()).isZero();
        List<String> before = tables();
        for (String[] writing : List.of(new String[] {"downgrade", "--read-only"}, new String[] {"stamp", "base", "--read-only"},
                new String[] {"unlock", "--read-only"}, new String[] {"migrate", "-m", "x", "--read-only"})) {
            Run run = db(writing);
            assertThat(run.exit()).as(String.join(" ", writing)).isEqualTo(2);
            assertThat(run.err()).contains("does not run with --read-only");
        }
        assertThat(tables()).isEqualTo(before);
        assertThat(db("current").out()).contains("(head)");
    }

    @Test
    void printingTheSqlOfAnUpgradeWritesNothingAndTakesReadOnly() {
        Run sql = db("upgrade", "--sql", "--read-only");
        assertThat(sql.exit()).as(sql.err()).isZero();
        assertThat(sql.out()).contains("CREATE TABLE");
        assertThat(Files.exists(dir.resolve("app.db"))).isFalse();
    }
}
