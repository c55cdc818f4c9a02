package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.dbIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import dev.rowboat.testing.FlaskProject;
import dev.rowboat.testing.RealAlembic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code rowboat db} with no flags in a Flask project made by the real Flask-Migrate, whose
 * {@code .env} says {@code DATABASE_URL="sqlite:///app.db"}: Rowboat finds the same file Flask-SQLAlchemy
 * 3 uses, {@code instance/app.db}, and the two tools agree on its revision.
 */
class DbFlaskProjectTest {
    @Test
    void aRelativeSqliteUrlInDotEnvIsTheInstanceDatabaseFlaskUses() throws Exception {
        RealAlembic alembic = RealAlembic.require();
        alembic.requireModule("dotenv", "python3-dotenv"); // without it flask ignores .env
        try (FlaskProject project = alembic.project("instance", "unused").unset("DATABASE_URL").unset("FLASK_APP")) {
            Path folder = project.folder();
            Files.writeString(folder.resolve(".flaskenv"), "FLASK_APP=app.py\n");
            Files.writeString(folder.resolve(".env"), "# made by the test\nexport DATABASE_URL=\"sqlite:///app.db\"\n");
            project.flaskDb("init").orFail();
            project.migrate("users table").orFail();
            project.upgrade("head").orFail();
            assertThat(folder.resolve("instance/app.db")).as("where Flask-SQLAlchemy 3 keeps it").exists();
            String head = project.current().get(0);

            Run current = dbIn(folder, Map.of(), List.of("db", "current"));
            assertThat(current.exit()).as(current.err()).isZero();
            assertThat(current.out()).isEqualTo(head + " (head)\n");

            Run down = dbIn(folder, Map.of(), List.of("db", "downgrade"));
            assertThat(down.exit()).as(down.err()).isZero();
            assertThat(project.current()).as("flask sees what Rowboat did").isEmpty();

            deleteTree(folder.resolve("instance"));
            Run up = dbIn(folder, Map.of(), List.of("db", "upgrade"));
            assertThat(up.exit()).as(up.err()).isZero();
            assertThat(folder.resolve("instance/app.db")).as("the instance folder made, as Flask-SQLAlchemy makes it").exists();
            assertThat(project.current()).containsExactly(head);
            assertThat(folder.resolve("app.db")).as("nothing beside the project's files").doesNotExist();
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
