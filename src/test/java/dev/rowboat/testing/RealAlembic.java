package dev.rowboat.testing;

import dev.rowboat.schema.Dbms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's real Flask-Migrate (4.0.4, on Alembic 1.8.1 and SQLAlchemy 1.4.46) for tests that
 * compare Rowboat with it. Like {@link Servers}: a plain {@code mvn test} without the tools skips
 * with a message; under CI ({@code CI=true}, or {@code -Drowboat.requireServers=true}) it fails.
 *
 * <p>The tools run as {@code <python> -m flask} with {@code /usr/bin} first on PATH: pyenv's
 * shims shadow Debian's interpreter, which is the one with the packages.
 */
public final class RealAlembic {
    static final String PATH = "/usr/bin:/bin:/usr/sbin:/sbin";
    private static final List<String> PYTHONS = List.of("/usr/bin/python3", "/usr/local/bin/python3");
    private static final String IMPORTS = "import flask_migrate, flask_sqlalchemy, alembic, sqlalchemy, psycopg2, pymysql";
    private static Optional<String> python;

    private final String pythonPath;

    private RealAlembic(String pythonPath) {
        this.pythonPath = pythonPath;
    }

    /** The tools, or a skipped test (a failed one under CI) when this machine lacks them. */
    public static RealAlembic require() {
        Optional<String> found = findPython();
        if (found.isPresent()) {
            return new RealAlembic(found.get());
        }
        String what = "No Python with Flask-Migrate, Alembic, psycopg2 and pymysql (tried " + String.join(", ", PYTHONS) + ")";
        if (Servers.required()) {
            Assertions.fail(what + ", and CI requires it (.ci/run installs Debian's python3-flask-migrate and friends).");
        }
        Assumptions.abort(what + ": test skipped. Install python3-flask-migrate python3-psycopg2 python3-pymysql to run it.");
        return null; // not reached: abort throws
    }

    /** The interpreter that runs the tools. */
    public String python() {
        return pythonPath;
    }

    /**
     * A copy of the test resource folder {@code /alembic/<fixture>} (a Flask-Migrate project) in a
     * temporary folder, run against {@code databaseUrl}; closing it deletes the copy.
     */
    public FlaskProject project(String fixture, String databaseUrl) {
        try {
            URL source = RealAlembic.class.getResource("/alembic/" + fixture);
            if (source == null) {
                throw new IllegalArgumentException("No test resource /alembic/" + fixture);
            }
            Path from = Path.of(source.toURI());
            Path to = Files.createTempDirectory("rowboat-alembic-" + fixture);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            return new FlaskProject(this, to, databaseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SQLAlchemy URL of a test database: SQLite by its absolute file; PostgreSQL's {@code test}
     * database with the search path set to the test's own schema (libpq's {@code options}, which
     * psycopg2 passes on), so that Alembic's tables land there too; MariaDB's own database.
     */
    public static String sqlalchemyUrl(TestDatabase db) {
        Dbms dbms = db.dbms();
        return switch (dbms) {
            case SQLITE -> "sqlite:///" + db.spec().file().toAbsolutePath();
            case POSTGRESQL -> "postgresql://postgres@" + Servers.HOST + ":" + Servers.port(dbms)
                    + "/test?options=-csearch_path%3D" + db.scratchName();
            case MARIADB -> "mysql+pymysql://root@" + Servers.HOST + ":" + Servers.port(dbms) + "/" + db.scratchName();
            case H2 -> throw new IllegalArgumentException("SQLAlchemy has no H2 dialect");
        };
    }

    private static synchronized Optional<String> findPython() {
        if (python == null) {
            python = PYTHONS.stream().filter(p -> Files.isExecutable(Path.of(p)) && canImport(p)).findFirst();
        }
        return python;
    }

    /**
     * Skips the calling test (fails it under CI) when the tools' Python lacks {@code module}, such
     * as python-dotenv, which {@code flask} needs to read a project's {@code .env}.
     */
    public void requireModule(String module, String debianPackage) {
        if (canImport(pythonPath, "import " + module)) {
            return;
        }
        String what = pythonPath + " cannot import " + module;
        if (Servers.required()) {
            Assertions.fail(what + ", and CI requires it (.ci/run installs " + debianPackage + ").");
        }
        Assumptions.abort(what + ": test skipped. Install " + debianPackage + " to run it.");
    }

    private static boolean canImport(String pythonPath) {
        return canImport(pythonPath, IMPORTS);
    }

    private static boolean canImport(String pythonPath, String imports) {
        try {
            ProcessBuilder pb = new ProcessBuilder(pythonPath, "-c", imports).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("PATH", PATH);
            Process p = pb.start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
