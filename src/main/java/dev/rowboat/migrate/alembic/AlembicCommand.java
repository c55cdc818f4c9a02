package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.Direction;
import dev.rowboat.migrate.MigrationListener;
import dev.rowboat.migrate.RevisionTool;
import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one revision with the project's real Alembic: {@code flask db upgrade REV} in the project
 * folder for a Flask-Migrate project (its env.py needs the app), else {@code alembic -c INI}. The
 * database is passed as {@code DATABASE_URL}, as the tutorial's config reads it; the output goes
 * to the listener and the log.
 */
public final class AlembicCommand implements RevisionTool {
    private static final Logger LOG = LoggerFactory.getLogger(AlembicCommand.class);
    private static final long TIMEOUT_MINUTES = 30;
    private final List<String> command;
    private final Path folder;
    private final String databaseUrl;
    /** {@code flask db}'s --directory, for a script location other than ./migrations; else null. */
    private final Path directory;

    AlembicCommand(List<String> command, Path folder, String databaseUrl, Path directory) {
        this.command = List.copyOf(command);
        this.folder = folder;
        this.databaseUrl = databaseUrl;
        this.directory = directory;
    }

    /**
     * @param configured the command a person set ({@code venv/bin/flask db}), or null for the
     *                   project's usual one found on PATH
     * @param databaseUrl the database in SQLAlchemy's form
     */
    public static AlembicCommand forProject(AlembicRepository project, String configured, String databaseUrl) {
        if (configured != null && !configured.isBlank()) {
            List<String> words = List.of(configured.trim().split("\\s+"));
            return new AlembicCommand(words, project.projectFolder(), databaseUrl, flaskDirectory(words, project));
        }
        if (usesFlask(project)) {
            List<String> flask = List.of("flask", "db");
            return new AlembicCommand(flask, project.projectFolder(), databaseUrl, flaskDirectory(flask, project));
        }
        Path ini = project.ini().orElse(project.scriptLocation().resolve("alembic.ini"));
        return new AlembicCommand(List.of("alembic", "-c", ini.toString()), ini.toAbsolutePath().getParent(), databaseUrl, null);
    }

    @Override
    public String name() {
        return String.join(" ", command);
    }

    @Override
    public void run(Revision revision, Direction direction, String target, MigrationListener listener) {
        List<String> argv = new ArrayList<>(command);
        argv.add(direction == Direction.UP ? "upgrade" : "downgrade");
        if (directory != null) {
            argv.add("--directory");
            argv.add(directory.toString());
        }
        argv.add(target);
        String typed = String.join(" ", argv);
        LOG.info("Revision {} ({}) needs Alembic: running `{}` in {}", revision.id(), revision.message(), typed, folder);
        listener.toolOutput("$ " + typed);
        ProcessBuilder pb = new ProcessBuilder(argv).directory(folder.toFile()).redirectErrorStream(true);
        pb.environment().put("DATABASE_URL", databaseUrl);
        Deque<String> tail = new ArrayDeque<>();
        int exit;
        try {
            Process p = pb.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    LOG.info("{}: {}", command.get(0), line);
                    listener.toolOutput(line);
                    tail.addLast(line);
                    if (tail.size() > 8) {
                        tail.removeFirst();
                    }
                }
            }
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new MigrationException(Kind.OPERATION_FAILED, "`" + typed + "` did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            exit = p.exitValue();
        } catch (IOException e) {
            throw new MigrationException(Kind.NEEDS_TOOL, "Revision " + revision.id() + " (" + revision.message() + ") needs Alembic, and `"
                    + typed + "` could not be started in " + folder + ": " + e.getMessage() + ". Set the command that runs the "
                    + "project's Alembic (for example venv/bin/flask db). Nothing of that revision was applied.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(Kind.OPERATION_FAILED, "Interrupted while `" + typed + "` ran", e);
        }
        if (exit != 0) {
            throw new MigrationException(Kind.OPERATION_FAILED, "Revision " + revision.id() + " (" + revision.message() + ") was run with `"
                    + typed + "`, which failed (exit " + exit + "):\n" + String.join("\n", tail));
        }
    }

    private static Path flaskDirectory(List<String> words, AlembicRepository project) {
        boolean flask = words.size() >= 2 && Path.of(words.get(words.size() - 2)).getFileName().toString().equals("flask");
        boolean usual = project.scriptLocation().getFileName().toString().equals("migrations");
        return flask && !usual ? project.scriptLocation().toAbsolutePath() : null;
    }

    // Flask-Migrate's env.py takes the engine from the app (current_app): only `flask db` can run it
    private static boolean usesFlask(AlembicRepository project) {
        Path env = project.scriptLocation().resolve("env.py");
        try {
            return Files.isRegularFile(env) && Files.readString(env, StandardCharsets.UTF_8).contains("current_app");
        } catch (IOException e) {
            return false;
        }
    }
}
