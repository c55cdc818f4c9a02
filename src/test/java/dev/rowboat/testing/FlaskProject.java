package dev.rowboat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;

/**
 * A Flask-Migrate project in a temporary folder, on which the real {@code flask db} commands run
 * with {@code FLASK_APP=app.py} and the project's {@code DATABASE_URL}. Made by
 * {@link RealAlembic#project}; {@link #close()} deletes the folder (not the database).
 */
public final class FlaskProject implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofMinutes(1);
    // "70c83f7b757c", "329221f2e7f1 (head)", "ae1027a6acf (effective head)": the lines of `flask db current`
    private static final Pattern CURRENT_LINE = Pattern.compile("^([0-9a-f]{4,32})(?: \\(.*\\))?$");

    private final RealAlembic tools;
    private final Path folder;
    private final Map<String, String> env = new LinkedHashMap<>();

    FlaskProject(RealAlembic tools, Path folder, String databaseUrl) {
        this.tools = tools;
        this.folder = folder;
        env.put("FLASK_APP", "app.py");
        env.put("DATABASE_URL", databaseUrl);
    }

    public Path folder() {
        return folder;
    }

    /** Sets an environment variable for the commands that follow (the fixture reads {@code TUTORIAL_STEP}). */
    public FlaskProject env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Leaves a variable unset, so {@code flask} takes it from the project's {@code .env} or {@code .flaskenv}. */
    public FlaskProject unset(String name) {
        env.remove(name);
        return this;
    }

    public CommandResult upgrade(String target) {
        return flaskDb("upgrade", target);
    }

    public CommandResult downgrade(String target) {
        return flaskDb("downgrade", target);
    }

    public CommandResult stamp(String target) {
        return flaskDb("stamp", target);
    }

    /** {@code flask db migrate -m message}: autogenerate a revision from the app's models. */
    public CommandResult migrate(String message) {
        return flaskDb("migrate", "-m", message);
    }

    /** The revision ids {@code flask db current} names: none at base, several with several heads. */
    public List<String> current() {
        CommandResult r = flaskDb("current").orFail();
        List<String> ids = new ArrayList<>();
        for (String line : r.output().lines().map(String::strip).toList()) {
            Matcher m = CURRENT_LINE.matcher(line);
            if (m.matches()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /**
     * Runs {@code flask db <args>} in the folder. A command still running after a minute is killed
     * and fails the test: a real tool waiting on a lock or a prompt would otherwise hang the build.
     */
    public CommandResult flaskDb(String... args) {
        List<String> command = new ArrayList<>(List.of(tools.python(), "-m", "flask", "db"));
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile("rowboat-flask", ".log");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                Map<String, String> environment = pb.environment();
                environment.keySet().removeIf(k -> k.startsWith("PYTHON") || k.equals("VIRTUAL_ENV") || k.startsWith("PYENV"));
                environment.put("PATH", RealAlembic.PATH);
                environment.put("PYTHONDONTWRITEBYTECODE", "1");
                environment.remove("DATABASE_URL");
                environment.remove("FLASK_APP");
                environment.putAll(env);
                Process p = pb.start();
                if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    Assertions.fail(String.join(" ", command) + " did not finish within " + TIMEOUT.toSeconds()
                            + " s in " + folder + "; it said:\n" + Files.readString(log, StandardCharsets.UTF_8));
                }
                return new CommandResult(command, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
