package dev.rowboat.migrate.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.Direction;
import dev.rowboat.migrate.MigrationListener;
import dev.rowboat.migrate.MigrationResult;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.RevisionDrafts;
import dev.rowboat.migrate.RevisionState;
import dev.rowboat.migrate.project.MigrationFolders;
import dev.rowboat.migrate.repo.HistoryFormat;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Catalog;
import dev.rowboat.testing.FlaskProject;
import dev.rowboat.testing.RealAlembic;
import dev.rowboat.testing.SchemaComparison;
import dev.rowboat.testing.TestDatabase;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Mega-Tutorial's own Flask-Migrate project (its revisions made by real {@code flask db
 * migrate}), run by Rowboat and checked with the real tool: {@code flask db current} agrees, the
 * schema equals what {@code flask db upgrade} makes, the project's next {@code flask db migrate}
 * finds nothing to do, and nothing of Rowboat's is left in the database.
 */
class AlembicProjectTest {
    private static final List<String> TUTORIAL = List.of("70c83f7b757c", "c8cc082e6ec1", "329221f2e7f1");

    private static Migrations rowboat(FlaskProject project, TestDatabase db) {
        MigrationRepository repository = MigrationFolders.open(project.folder());
        assertThat(repository.format()).isEqualTo(HistoryFormat.ALEMBIC);
        return Migrations.open(repository, ConnectionSource.of(db.spec()), db.dbms());
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void rowboatAppliesTheTutorialsRevisionsAsFlaskMigrateWould(Dbms dbms) {
        RealAlembic alembic = RealAlembic.require();
        try (TestDatabase byRowboat = TestDatabase.create(dbms); TestDatabase byFlask = TestDatabase.create(dbms);
             FlaskProject mine = alembic.project("microblog", RealAlembic.sqlalchemyUrl(byRowboat));
             FlaskProject reference = alembic.project("microblog", RealAlembic.sqlalchemyUrl(byFlask))) {
            Migrations m = rowboat(mine, byRowboat);
            assertThat(m.history().stream().map(s -> s.revision().message()))
                    .containsExactly("followers", "posts table", "users table");

            MigrationResult result = m.upgrade("head", MigrationListener.NONE);
            assertThat(result.revisions()).hasSize(3);
            assertThat(mine.current()).containsExactly(TUTORIAL.get(2));
            reference.upgrade("head").orFail();
            assertThat(SchemaComparison.compare(byFlask.spec(), byRowboat.spec())).isEmpty();

            Map<String, List<String>> catalog = Catalog.of(byRowboat);
            assertThat(catalog.keySet()).noneMatch(t -> t.toLowerCase().startsWith("rowboat_"));
            assertThat(catalog.keySet().stream().map(String::toLowerCase)).contains("alembic_version");
            assertThat(new RevisionDrafts(m, ConnectionSource.of(byRowboat.spec()), dbms).drift().upgrade())
                    .as("Rowboat's own drift check agrees there is nothing").isEmpty();
            String next = mine.migrate("anything left?").output();
            assertThat(next).as(() -> generated(mine)).contains("No changes in schema detected");
        }
    }

    /** What `flask db migrate` wrote, when it found something: the operations say what differs. */
    private static String generated(FlaskProject project) {
        try (var files = java.nio.file.Files.list(project.folder().resolve("migrations/versions"))) {
            return files.filter(f -> f.toString().endsWith(".py") && !TUTORIAL.stream().anyMatch(id -> f.getFileName().toString().startsWith(id)))
                    .map(f -> {
                        try {
                            return java.nio.file.Files.readString(f);
                        } catch (java.io.IOException e) {
                            return f + ": " + e.getMessage();
                        }
                    }).collect(java.util.stream.Collectors.joining("\n"));
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE", "POSTGRESQL"})
    void downgradingToBaseKeepsRowsTheRevisionDoesNotDropAndUpgradesAgain(Dbms dbms) {
        RealAlembic alembic = RealAlembic.require();
        try (TestDatabase db = TestDatabase.create(dbms);
             FlaskProject project = alembic.project("microblog", RealAlembic.sqlalchemyUrl(db))) {
            Migrations m = rowboat(project, db);
            m.upgrade("head", MigrationListener.NONE);
            db.jdbc(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("insert into \"user\" (id, username, email, about_me) values (1, 'susan', 'susan@example.com', 'hi')"
                            .replace("\"", dbms == Dbms.MARIADB ? "`" : "\""));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            m.downgrade("-1", MigrationListener.NONE); // "followers": drops about_me and last_seen (a move-and-copy on SQLite)
            assertThat(project.current()).containsExactly(TUTORIAL.get(1));
            db.jdbc(c -> {
                try (var s = c.createStatement(); ResultSet rs = s.executeQuery("select username, email from \"user\"")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("susan");
                    assertThat(rs.getString(2)).isEqualTo("susan@example.com");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            m.downgrade("base", MigrationListener.NONE);
            assertThat(project.current()).isEmpty();
            assertThat(Catalog.of(db).keySet().stream().map(String::toLowerCase)).containsExactly("alembic_version");

            m.upgrade("head", MigrationListener.NONE);
            assertThat(project.current()).containsExactly(TUTORIAL.get(2));
            assertThat(m.history()).allMatch(RevisionState::applied);
        }
    }

    /** No lock table in someone's Alembic database: the server's advisory lock keeps a second run out. */
    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"POSTGRESQL", "MARIADB"})
    void aSecondRunWaitsForTheFirstWithoutALockTable(Dbms dbms) throws Exception {
        RealAlembic alembic = RealAlembic.require();
        try (TestDatabase db = TestDatabase.create(dbms);
             FlaskProject project = alembic.project("microblog", RealAlembic.sqlalchemyUrl(db))) {
            Migrations m = rowboat(project, db);
            String lock = dbms == Dbms.POSTGRESQL ? "SELECT pg_try_advisory_lock(hashtext('rowboat migrate ' || current_schema()))"
                    : "SELECT GET_LOCK(CONCAT('rowboat migrate ', DATABASE()), 0)";
            try (java.sql.Connection other = ConnectionSource.of(db.spec()).open(); var s = other.createStatement();
                 ResultSet held = s.executeQuery(lock)) {
                assertThat(held.next() && held.getBoolean(1)).isTrue();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.upgrade("head", MigrationListener.NONE))
                        .isInstanceOfSatisfying(dev.rowboat.migrate.api.MigrationException.class,
                                e -> assertThat(e.kind()).isEqualTo(dev.rowboat.migrate.api.MigrationException.Kind.LOCKED));
                assertThat(project.current()).isEmpty();
            }
            m.upgrade("head", MigrationListener.NONE); // the other session ended: its lock with it
            assertThat(project.current()).containsExactly(TUTORIAL.get(2));
            assertThat(Catalog.of(db).keySet()).noneMatch(t -> t.toLowerCase().startsWith("rowboat_"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE"})
    void whatFlaskMigrateAppliedRowboatContinuesAndTheOtherWayRound(Dbms dbms) {
        RealAlembic alembic = RealAlembic.require();
        try (TestDatabase db = TestDatabase.create(dbms);
             FlaskProject project = alembic.project("microblog", RealAlembic.sqlalchemyUrl(db))) {
            project.upgrade(TUTORIAL.get(0)).orFail();
            Migrations m = rowboat(project, db);
            assertThat(m.status().current()).containsExactly(TUTORIAL.get(0));
            assertThat(m.status().pending()).hasSize(2);

            m.upgrade("+1", MigrationListener.NONE);
            assertThat(project.current()).containsExactly(TUTORIAL.get(1));
            project.upgrade("head").orFail();
            assertThat(m.status().isUpToDate()).isTrue();
            assertThat(m.plan("base", Direction.DOWN).revisions()).hasSize(3);
        }
    }
}
