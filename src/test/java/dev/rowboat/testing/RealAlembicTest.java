package dev.rowboat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.Dbms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real Flask-Migrate runs the fixture project on each database SQLAlchemy reaches. */
class RealAlembicTest {
    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void upgradeStampAndDowngradeMoveWhatCurrentNames(Dbms dbms) {
        RealAlembic alembic = RealAlembic.require();
        try (TestDatabase db = TestDatabase.create(dbms);
             FlaskProject project = alembic.project("microblog", RealAlembic.sqlalchemyUrl(db))) {
            assertThat(project.current()).isEmpty();
            project.upgrade("c8cc082e6ec1").orFail();
            assertThat(project.current()).containsExactly("c8cc082e6ec1");
            project.upgrade("head").orFail();
            assertThat(project.current()).containsExactly("329221f2e7f1");
            project.downgrade("base").orFail();
            assertThat(project.current()).isEmpty();
            project.stamp("70c83f7b757c").orFail();
            assertThat(project.current()).containsExactly("70c83f7b757c");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE"})
    void anUnknownTargetIsAFailedRunWithTheToolsMessage(Dbms dbms) {
        RealAlembic alembic = RealAlembic.require();
        try (TestDatabase db = TestDatabase.create(dbms);
             FlaskProject project = alembic.project("microblog", RealAlembic.sqlalchemyUrl(db))) {
            CommandResult r = project.upgrade("0123456789ab");
            assertThat(r.succeeded()).isFalse();
            assertThat(r.output()).contains("0123456789ab");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE"})
    void migrateWritesARevisionForWhatTheModelsAddOverTheDatabase(Dbms dbms) throws IOException {
        RealAlembic alembic = RealAlembic.require();
        try (TestDatabase db = TestDatabase.create(dbms);
             FlaskProject project = alembic.project("microblog", RealAlembic.sqlalchemyUrl(db))) {
            // without its last revision the project is at "posts table", and its models are a step ahead
            Files.delete(project.folder().resolve("migrations/versions/329221f2e7f1_followers.py"));
            project.upgrade("head").orFail();
            CommandResult r = project.env("TUTORIAL_STEP", "3").migrate("followers again").orFail();
            assertThat(r.output()).contains("Detected added table 'followers'");
            try (Stream<Path> files = Files.list(project.folder().resolve("migrations/versions"))) {
                assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith("_followers_again.py"));
            }
        }
    }
}
