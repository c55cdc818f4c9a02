package dev.rowboat.data.edit;

import static dev.rowboat.data.edit.SaveFixtures.count;
import static dev.rowboat.data.edit.SaveFixtures.map;
import static dev.rowboat.data.edit.SaveFixtures.openSample;
import static dev.rowboat.data.edit.SaveFixtures.rows;
import static dev.rowboat.data.edit.SaveFixtures.userTable;
import static dev.rowboat.data.edit.SaveFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Saving pending edits as one unit of work on every database: round trips, ordering, refusals, rollback. */
class ChangeWriterTest {
    static final LocalDateTime POST_1_TIME = LocalDateTime.of(2023, 1, 1, 9, 0);

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void insertUpdateAndDeleteAreWrittenInOneSaveAndReadBackWithJdbc(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            LocalDateTime leapDay = LocalDateTime.of(2024, 2, 29, 12, 0);
            SaveResult result = db.changes().save(List.of(
                    new InsertRow("Tag", 1, map("name", "rowboat")),
                    new UpdateRow("Post", 2, map("body", "Learning Flask-Migrate today."), map("body", "Learning Rowboat today.")),
                    new UpdateRow("Post", 1, map("timestamp", POST_1_TIME, "author", 1), map("timestamp", leapDay, "author", 2)),
                    new DeleteRow("Profile", 2, map("aboutMe", "Movies and coffee.", "user", 2))));

            assertThat(result.rowsWritten()).isEqualTo(4);
            Object tagId = result.generatedIds().get(1);
            assertThat(value(test, "select name from tag where id = " + tagId)).isEqualTo("rowboat");
            assertThat(value(test, "select body from post where id = 2")).isEqualTo("Learning Rowboat today.");
            assertThat(String.valueOf(value(test, "select " + quoted(dbms, "timestamp") + " from post where id = 1"))).startsWith("2024-02-29");
            assertThat(((Number) value(test, "select user_id from post where id = 1")).intValue()).isEqualTo(2);
            assertThat(count(test, "select count(*) from profile where id = 2")).isZero();
            assertThat(count(test, "select count(*) from profile")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aNewUserAndAPostByThatUserAreInsertedReferencedRowFirst(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            // the post comes first in the list: the save still inserts the user before it
            SaveResult result = db.changes().save(List.of(
                    new InsertRow("Post", 2, map("body", "Hello, I am new here.", "author", new NewRowRef("User", 1))),
                    new UpdateRow("Post", 6, map("author", 3), map("author", new NewRowRef("User", 1))),
                    new InsertRow("User", 1, map("username", "erin", "email", "erin@example.com"))));

            int userId = ((Number) result.generatedIds().get(1)).intValue();
            int postId = ((Number) result.generatedIds().get(2)).intValue();
            assertThat(value(test, "select username from " + userTable(dbms) + " where id = " + userId)).isEqualTo("erin");
            List<Object> post = rows(test, "select user_id, body, " + quoted(dbms, "timestamp") + " from post where id = " + postId).get(0);
            assertThat(((Number) post.get(0)).intValue()).isEqualTo(userId);
            assertThat(post.get(1)).isEqualTo("Hello, I am new here.");
            // the tutorial's default for it is Python's (or the model's @PrePersist), not the database's: a
            // database opened by its schema has no default to apply
            assertThat(post.get(2)).as("no default in the schema").isNull();
            assertThat(((Number) value(test, "select user_id from post where id = 6")).intValue()).isEqualTo(userId);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aUniqueViolationRollsBackEveryEditAndNamesTheEditAndTheIndex(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            // The failing update shares its JDBC batch with another: each driver reports that differently.
            List<RowEdit> edits = List.of(
                    new UpdateRow("Post", 1, map("body", "Beautiful day in Portland!"), map("body", "Rainy day in Portland.")),
                    new InsertRow("Tag", 7, map("name", "rust")),
                    new UpdateRow("User", 4, map("username", "david"), map("username", "dave")),
                    new UpdateRow("User", 2, map("username", "susan"), map("username", "john")),
                    new UpdateRow("Post", 5, map("body", "Anyone for coffee?"), map("body", "Anyone for tea?")));

            SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(edits));

            assertThat(refused.problems()).containsExactly(new RowProblem(3, RowProblem.Kind.CONSTRAINT, "username",
                    "username \"john\" is already taken (unique index ix_user_username).", null));
            assertThat(refused.getMessage()).startsWith("Nothing was saved: username \"john\"");
            assertThat(value(test, "select body from post where id = 1")).isEqualTo("Beautiful day in Portland!");
            assertThat(value(test, "select body from post where id = 5")).isEqualTo("Anyone for coffee?");
            assertThat(count(test, "select count(*) from tag where name = 'rust'")).isZero();
            assertThat(value(test, "select username from " + userTable(dbms) + " where id = 2")).isEqualTo("susan");
            assertThat(value(test, "select username from " + userTable(dbms) + " where id = 4")).isEqualTo("david");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2", "POSTGRESQL", "MARIADB"}) // SQLite tables made by Hibernate have no foreign keys
    void foreignKeyRefusalsNameTheValueAndTheConstraint(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            SaveException missing = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                    new UpdateRow("Post", 3, map("author", 1), map("author", 999)))));
            assertThat(missing.problems()).containsExactly(new RowProblem(0, RowProblem.Kind.CONSTRAINT, "author",
                    "This post's author 999 does not exist (foreign key fk_post_user_id).", null));

            SaveException referenced = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                    new InsertRow("Tag", 1, map("name", "kept?")),
                    new DeleteRow("User", 3, map("username", "mary")))));
            RowProblem problem = referenced.problems().get(0);
            assertThat(problem.editIndex()).isEqualTo(1);
            assertThat(problem.kind()).isEqualTo(RowProblem.Kind.CONSTRAINT);
            assertThat(problem.message()).startsWith("This user is still referred to by rows of ").endsWith(", so it cannot be deleted.");
            assertThat(count(test, "select count(*) from tag")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aFailedSaveFollowedByACorrectedSaveWritesExactlyOnce(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            InsertRow post = new InsertRow("Post", 1, map("body", "Written once.", "author", 1));
            List<RowEdit> failing = List.of(post, new UpdateRow("User", 2, map("username", "susan"), map("username", "john")));
            catchThrowableOfType(SaveException.class, () -> db.changes().save(failing));
            assertThat(count(test, "select count(*) from post where body = 'Written once.'")).isZero();

            db.changes().save(List.of(post, new UpdateRow("User", 2, map("username", "susan"), map("username", "susan2"))));

            assertThat(count(test, "select count(*) from post where body = 'Written once.'")).isEqualTo(1);
            assertThat(count(test, "select count(*) from post")).isEqualTo(7);
            assertThat(value(test, "select username from " + userTable(dbms) + " where id = 2")).isEqualTo("susan2");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void deletesRemoveReferencingRowsBeforeTheRowsTheyReferTo(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            SaveResult created = db.changes().save(List.of(
                    new InsertRow("User", 1, map("username", "short-lived")),
                    new InsertRow("Post", 2, map("body", "Bye.", "author", new NewRowRef("User", 1)))));
            Object userId = created.generatedIds().get(1);
            Object postId = created.generatedIds().get(2);

            db.changes().save(List.of(
                    new DeleteRow("User", userId, map("username", "short-lived")),
                    new DeleteRow("Post", postId, map("body", "Bye.", "author", userId))));

            assertThat(count(test, "select count(*) from " + userTable(dbms) + " where username = 'short-lived'")).isZero();
            assertThat(count(test, "select count(*) from post")).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void nullOriginalsAreComparedWithIsNull(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            db.changes().save(List.of(new InsertRow("Post", 1, map("body", null, "author", 4, "timestamp", POST_1_TIME))));
            db.changes().save(List.of(new UpdateRow("Post", 7, map("body", null), map("body", "Now with words."))));
            assertThat(value(test, "select body from post where id = 7")).isEqualTo("Now with words.");
        }
    }

    static String quoted(Dbms dbms, String column) {
        return dbms == Dbms.MARIADB ? "`" + column + "`" : "\"" + column + "\"";
    }
}
