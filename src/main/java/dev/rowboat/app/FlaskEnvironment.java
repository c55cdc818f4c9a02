package dev.rowboat.app;

import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment a {@code flask} command would see in the working directory, so that Rowboat
 * opens the database the Flask project opens.
 *
 * <ul>
 *   <li>A <b>Flask project</b> is a folder where {@code flask} finds an app: {@code FLASK_APP} is
 *   set (in the environment, {@code .flaskenv} or {@code .env}), or the folder holds
 *   {@code app.py} or {@code wsgi.py} (Flask's own fallback).</li>
 *   <li>There, {@code .env} and {@code .flaskenv} are read as {@code flask} reads them
 *   (python-dotenv, each the nearest file in this folder or above): the environment wins over
 *   {@code .env}, which wins over {@code .flaskenv}. Elsewhere they are ignored, so another
 *   tool's {@code .env} does not choose Rowboat's database.</li>
 *   <li>A relative SQLite path ({@code sqlite:///app.db}) is in the app's {@code instance/}
 *   folder, as Flask-SQLAlchemy 3 has it ({@code _apply_driver_defaults}: relative to
 *   {@code app.instance_path}), for the drivers it does this for ({@code sqlite},
 *   {@code sqlite+pysqlite}). The instance folder is {@code instance/} beside the app's module or
 *   top package: the folder {@code flask} puts on {@code sys.path} for {@code FLASK_APP}.</li>
 * </ul>
 */
final class FlaskEnvironment {
    static final String DATABASE_URL = "DATABASE_URL";
    private static final List<String> DOTENV_FILES = List.of(".env", ".flaskenv"); // Flask's order: the first wins
    private static final Pattern RELATIVE_SQLITE = Pattern.compile("(?i)(sqlite(?:\\+pysqlite)?):///([^/?][^?]*)(\\?.*)?");

    private final Map<String, String> variables;
    private final Path instanceFolder;

    private FlaskEnvironment(Map<String, String> variables, Path instanceFolder) {
        this.variables = Map.copyOf(variables);
        this.instanceFolder = instanceFolder;
    }

    /** The environment as it is, outside any Flask project. */
    static FlaskEnvironment plain(Map<String, String> environment) {
        return new FlaskEnvironment(withoutNulls(environment), null);
    }

    /** What {@code flask} would see when run in {@code workingDirectory} with {@code environment}. */
    static FlaskEnvironment load(Path workingDirectory, Map<String, String> environment) {
        Path folder = workingDirectory.toAbsolutePath().normalize();
        Map<String, String> merged = withoutNulls(environment);
        for (String name : DOTENV_FILES) {
            nearest(folder, name).ifPresent(file -> DotEnv.values(read(file), merged).forEach(merged::putIfAbsent));
        }
        String app = merged.get("FLASK_APP");
        if (app != null && !app.isBlank()) {
            return new FlaskEnvironment(merged, importRoot(folder, app).resolve("instance"));
        }
        if (Files.isRegularFile(folder.resolve("app.py")) || Files.isRegularFile(folder.resolve("wsgi.py"))) {
            return new FlaskEnvironment(merged, folder.resolve("instance"));
        }
        return plain(environment);
    }

    /** A variable as the project sees it. */
    String get(String name) {
        return variables.get(name);
    }

    Map<String, String> variables() {
        return variables;
    }

    /** The app's instance folder when this is a Flask project. */
    Optional<Path> instanceFolder() {
        return Optional.ofNullable(instanceFolder);
    }

    /**
     * The URL as Flask-SQLAlchemy 3 would open it: a relative SQLite path made absolute in the
     * instance folder; any other URL, or any URL outside a Flask project, as it is.
     */
    String databaseUrl(String url) {
        if (instanceFolder == null || url == null) {
            return url;
        }
        Matcher m = RELATIVE_SQLITE.matcher(url.strip());
        if (!m.matches() || m.group(2).equals(":memory:") || (m.group(3) != null && m.group(3).contains("uri=true"))
                || Path.of(m.group(2)).isAbsolute()) {
            return url;
        }
        // DatabaseUrls percent-decodes the path: a '%' in the folder's own name must survive that
        String folder = instanceFolder.toString().replace("%", "%25");
        return m.group(1) + ":///" + folder + "/" + m.group(2) + (m.group(3) == null ? "" : m.group(3));
    }

    /**
     * The folder {@code flask} adds to {@code sys.path} for {@code FLASK_APP} (its
     * {@code prepare_import}): the module's folder, or above its package, whose
     * {@code instance/} is the app's when it is not installed.
     */
    static Path importRoot(Path folder, String flaskApp) {
        String module = flaskApp.strip().split(":(?![\\\\/])", 2)[0]; // "app:create_app()" names module app
        Path path = folder.resolve(module).normalize();
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.endsWith(".py")) {
            path = path.resolveSibling(name.substring(0, name.length() - 3));
        }
        if (path.getFileName() != null && path.getFileName().toString().equals("__init__")) {
            path = path.getParent();
        }
        Path parent = path.getParent();
        while (parent != null && Files.exists(parent.resolve("__init__.py"))) {
            path = parent;
            parent = path.getParent();
        }
        return parent == null ? folder : parent;
    }

    private static Optional<Path> nearest(Path folder, String name) {
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return Optional.of(dir.resolve(name));
            }
        }
        return Optional.empty();
    }

    /** @throws DatabaseException when the file cannot be read, as python-dotenv cannot read it (UTF-8) either */
    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE, file + " is not UTF-8 text, so neither flask nor Rowboat "
                    + "can read DATABASE_URL from it. Save it as UTF-8.", e);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE, "Could not read " + file + ": "
                    + DatabaseException.reasonOf(e) + ". Check that file.", e);
        }
    }

    private static Map<String, String> withoutNulls(Map<String, String> environment) {
        Map<String, String> copy = new HashMap<>();
        environment.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }
}
