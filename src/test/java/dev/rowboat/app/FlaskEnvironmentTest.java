package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.DataLocations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a Flask project Rowboat opens what {@code flask} opens: {@code DATABASE_URL} from the
 * environment, {@code .env} or {@code .flaskenv} in that order, and a relative SQLite path in the
 * app's {@code instance/} folder as Flask-SQLAlchemy 3 puts it.
 */
class FlaskEnvironmentTest {
    @TempDir
    Path project;

    private final DataLocations locations = new DataLocations(Path.of("/home/me/.local/share/rowboat"));

    @Test
    void theEnvironmentWinsOverDotEnvWhichWinsOverFlaskenv() throws Exception {
        Files.writeString(project.resolve(".flaskenv"), "FLASK_APP=microblog.py\nDATABASE_URL=sqlite:///from-flaskenv.db\nFLASK_DEBUG=1\n");
        Files.writeString(project.resolve(".env"), "export DATABASE_URL='sqlite:///from-env.db'  # local\nSECRET_KEY=dev\n");

        FlaskEnvironment flask = FlaskEnvironment.load(project, Map.of("SECRET_KEY", "from the shell"));
        assertThat(flask.get("DATABASE_URL")).isEqualTo("sqlite:///from-env.db");
        assertThat(flask.get("FLASK_DEBUG")).as(".flaskenv still fills what .env leaves").isEqualTo("1");
        assertThat(flask.get("SECRET_KEY")).isEqualTo("from the shell");

        FlaskEnvironment exported = FlaskEnvironment.load(project, Map.of("DATABASE_URL", "postgresql://me@db/shop"));
        assertThat(exported.get("DATABASE_URL")).isEqualTo("postgresql://me@db/shop");
    }

    @Test
    void aRelativeSqliteUrlIsInTheInstanceFolderAsFlaskSqlalchemyPutsIt() throws Exception {
        Files.writeString(project.resolve(".flaskenv"), "FLASK_APP=microblog.py\n");
        Files.writeString(project.resolve(".env"), "DATABASE_URL=sqlite:///app.db\n");

        StartupTarget target = StartupTarget.resolve(null, FlaskEnvironment.load(project, Map.of()), locations);

        Path instanceDb = project.toAbsolutePath().resolve("instance/app.db");
        assertThat(target.spec().databaseFile()).contains(instanceDb);
        assertThat(target.typed()).as("the recent list keeps where it really is").isEqualTo("sqlite:///" + instanceDb);
        assertThat(StartupTarget.resolve("sqlite:///data/other.db", FlaskEnvironment.load(project, Map.of()), locations)
                .spec().databaseFile()).as("--url too").contains(project.toAbsolutePath().resolve("instance/data/other.db"));
    }

    @Test
    void onlyTheUrlsFlaskSqlalchemyMovesAreMoved() throws Exception {
        Files.writeString(project.resolve("app.py"), "from flask import Flask\napp = Flask(__name__)\n");
        FlaskEnvironment flask = FlaskEnvironment.load(project, Map.of());
        String instance = project.toAbsolutePath().resolve("instance").toString();

        assertThat(flask.databaseUrl("sqlite:///app.db")).isEqualTo("sqlite:///" + instance + "/app.db");
        assertThat(flask.databaseUrl("sqlite+pysqlite:///app.db?timeout=5")).isEqualTo("sqlite+pysqlite:///" + instance + "/app.db?timeout=5");
        assertThat(flask.databaseUrl("sqlite:////srv/app.db")).as("absolute").isEqualTo("sqlite:////srv/app.db");
        assertThat(flask.databaseUrl("sqlite://")).as("in memory").isEqualTo("sqlite://");
        assertThat(flask.databaseUrl("sqlite:///:memory:")).isEqualTo("sqlite:///:memory:");
        assertThat(flask.databaseUrl("postgresql://me@db/app.db")).isEqualTo("postgresql://me@db/app.db");
        assertThat(flask.databaseUrl("jdbc:sqlite:app.db")).as("a JDBC URL is Rowboat's own, not Flask's").isEqualTo("jdbc:sqlite:app.db");
    }

    @Test
    void outsideAFlaskProjectDotEnvIsIgnoredAndRelativePathsStayRelativeToHere() throws Exception {
        Files.writeString(project.resolve(".env"), "DATABASE_URL=sqlite:///someone-elses.db\n");

        FlaskEnvironment plain = FlaskEnvironment.load(project, Map.of());

        assertThat(plain.get("DATABASE_URL")).isNull();
        assertThat(plain.instanceFolder()).isEmpty();
        assertThat(plain.databaseUrl("sqlite:///app.db")).isEqualTo("sqlite:///app.db");
    }

    @Test
    void dotEnvFilesAreFoundInTheFoldersAboveAsFlaskFindsThem() throws Exception {
        Files.writeString(project.resolve(".flaskenv"), "FLASK_APP=app\n");
        Files.writeString(project.resolve(".env"), "DATABASE_URL=sqlite:///app.db\n");
        Path below = Files.createDirectories(project.resolve("app/templates"));

        FlaskEnvironment flask = FlaskEnvironment.load(below, Map.of());

        assertThat(flask.get("DATABASE_URL")).isEqualTo("sqlite:///app.db");
        assertThat(flask.get("FLASK_APP")).isEqualTo("app");
    }

    @Test
    void theInstanceFolderIsBesideTheModuleOrAboveThePackageFlaskImports() throws Exception {
        Path folder = project.toAbsolutePath();
        assertThat(FlaskEnvironment.importRoot(folder, "microblog.py")).isEqualTo(folder);
        assertThat(FlaskEnvironment.importRoot(folder, "app:create_app()")).isEqualTo(folder);
        assertThat(FlaskEnvironment.importRoot(folder, "src/site.py")).as("a module in a plain folder").isEqualTo(folder.resolve("src"));

        Files.createDirectories(folder.resolve("shop/web"));
        Files.writeString(folder.resolve("shop/__init__.py"), "");
        Files.writeString(folder.resolve("shop/web/__init__.py"), "");
        assertThat(FlaskEnvironment.importRoot(folder, "shop/web/wsgi.py")).as("above the package").isEqualTo(folder);
        assertThat(FlaskEnvironment.importRoot(folder, "shop/web/__init__.py")).isEqualTo(folder);
    }

    @Test
    void aDotEnvThatIsNotUtf8IsSaidInASentenceAndTheCommandExitsWithUsage() throws Exception {
        Files.writeString(project.resolve(".flaskenv"), "FLASK_APP=app.py\n");
        Files.write(project.resolve(".env"), new byte[] {'D', 'B', '=', (byte) 0xE9, '\n'});

        CommandLineRun.Run run = CommandLineRun.dbIn(project, Map.of(), java.util.List.of("db", "current"));

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).isEqualTo(project.resolve(".env") + " is not UTF-8 text, so neither flask nor Rowboat can read "
                + "DATABASE_URL from it. Save it as UTF-8.\n");
    }
}
