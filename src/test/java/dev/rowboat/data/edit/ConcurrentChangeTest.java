package dev.rowboat.data.edit;

import static dev.rowboat.data.edit.SaveFixtures.count;
import static dev.rowboat.data.edit.SaveFixtures.execute;
import static dev.rowboat.data.edit.SaveFixtures.map;
import static dev.rowboat.data.edit.SaveFixtures.openSample;
import static dev.rowboat.data.edit.SaveFixtures.openWith;
import static dev.rowboat.data.edit.SaveFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Another client changes or deletes a row after Rowboat read it: the save notices, rolls back and
 * reports the row as it is now, instead of writing over it.
 */
class ConcurrentChangeTest {
    @ParameterizedTest
    @EnumSource(Dbms.class)
    void anUpdateOfARowAnotherClientChangedIsAConflictWithTheirValues(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            execute(test, "update post set body = 'Their words.' where id = 2");

            SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                    new UpdateRow("Post", 4, map("body", "The Avengers movie was so cool!"), map("body", "Saved? No.")),
                    new UpdateRow("Post", 2, map("body", "Learning Flask-Migrate today."), map("body", "My words.")))));

            RowProblem conflict = refused.problems().get(0);
            assertThat(refused.problems()).hasSize(1);
            assertThat(conflict.editIndex()).isEqualTo(1);
            assertThat(conflict.kind()).isEqualTo(RowProblem.Kind.CONFLICT);
            assertThat(conflict.message()).startsWith("Someone else changed this post after you read it");
            assertThat(conflict.theirs()).containsEntry("body", "Their words.").containsKeys("id", "timestamp", "author");
            assertThat(((Number) conflict.theirs().get("author")).intValue()).isEqualTo(1);
            assertThat(value(test, "select body from post where id = 2")).isEqualTo("Their words.");
            assertThat(value(test, "select body from post where id = 4")).as("rolled back").isEqualTo("The Avengers movie was so cool!");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aChangeOfLetterCaseOrTrailingSpacesByAnotherClientIsNoticed(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            // MariaDB's collation takes these as equal to what Rowboat read; the save must not
            execute(test, "update post set body = 'HELLO FROM MARY.' where id = 6", "update post set body = 'Anyone for coffee? ' where id = 5");

            SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                    new UpdateRow("Post", 6, map("body", "Hello from Mary."), map("body", "Mine.")),
                    new DeleteRow("Post", 5, map("body", "Anyone for coffee?")))));

            assertThat(refused.problems()).extracting(RowProblem::editIndex, RowProblem::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(0, RowProblem.Kind.CONFLICT), org.assertj.core.groups.Tuple.tuple(1, RowProblem.Kind.CONFLICT));
            assertThat(refused.problems().get(0).theirs()).containsEntry("body", "HELLO FROM MARY.");
        }
    }

    @Test
    void accentedTextInALatin1TableOfMariaDbIsMatchedAsItWasRead() {
        try (TestDatabase test = TestDatabase.create(Dbms.MARIADB); OpenDatabase db = openSample(test)) {
            execute(test, "alter table post convert to character set latin1", "update post set body = 'Café au lait ' where id = 5");

            db.changes().save(List.of(new UpdateRow("Post", 5, map("body", "Café au lait "), map("body", "Thé."))));

            assertThat(value(test, "select body from post where id = 5")).isEqualTo("Thé.");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void anUpdateOfARowAnotherClientDeletedIsAConflictWithoutTheirs(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            execute(test, "delete from profile where id = 1");

            SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                    new UpdateRow("Profile", 1, map("aboutMe", "I write Flask tutorials."), map("aboutMe", "I write Rowboat tutorials.")))));

            assertThat(refused.problems()).containsExactly(new RowProblem(0, RowProblem.Kind.CONFLICT, null,
                    "Someone else deleted this profile after you read it.", null));
            assertThat(count(test, "select count(*) from profile")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aDeleteOfARowAnotherClientChangedIsAConflict(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            execute(test, "update profile set about_me = 'Only coffee now.' where id = 2");

            SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                    new DeleteRow("Profile", 2, map("aboutMe", "Movies and coffee.", "user", 2)))));

            RowProblem conflict = refused.problems().get(0);
            assertThat(conflict.kind()).isEqualTo(RowProblem.Kind.CONFLICT);
            assertThat(conflict.theirs()).containsEntry("aboutMe", "Only coffee now.");
            assertThat(count(test, "select count(*) from profile where id = 2")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aVersionedRowIsMatchedByItsVersionWhichTheSaveIncrements(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openWith(test, SaveTestNote.class)) {
            SaveResult inserted = db.changes().save(List.of(new InsertRow("SaveTestNote", 1, map("title", "first"))));
            Object id = inserted.generatedIds().get(1);
            assertThat(count(test, "select version from save_test_note where id = " + id)).isZero();

            // the original title is stale, but the version decides
            db.changes().save(List.of(new UpdateRow("SaveTestNote", id, map("version", 0, "title", "stale"), map("title", "second"))));
            assertThat(count(test, "select version from save_test_note where id = " + id)).isEqualTo(1);
            assertThat(value(test, "select title from save_test_note where id = " + id)).isEqualTo("second");

            execute(test, "update save_test_note set title = 'theirs', version = 2 where id = " + id);
            SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                    new UpdateRow("SaveTestNote", id, map("version", 1), map("title", "mine")))));
            assertThat(refused.problems().get(0).kind()).isEqualTo(RowProblem.Kind.CONFLICT);
            assertThat(refused.problems().get(0).theirs()).containsEntry("title", "theirs");
            assertThat(((Number) refused.problems().get(0).theirs().get("version")).intValue()).isEqualTo(2);
        }
    }

    @Test
    void aSqliteTimestampWrittenWithoutFractionIsTheInstantRowboatReadButAChangedOneIsAConflict() {
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE); OpenDatabase db = openSample(test)) {
            // as SQLite's CURRENT_TIMESTAMP and most programs write it; Rowboat writes six fraction digits
            execute(test, "update post set \"timestamp\" = '2023-01-02 10:00:00' where id = 2",
                    "update post set \"timestamp\" = '2023-01-12 10:00:00' where id = 5",
                    "update post set \"timestamp\" = '2023-01-11 09:00:00.5' where id = 4");

            db.changes().save(List.of(
                    new UpdateRow("Post", 2, map("timestamp", LocalDateTime.of(2023, 1, 2, 10, 0)),
                            map("timestamp", LocalDateTime.of(2023, 1, 3, 10, 0))),
                    new DeleteRow("Post", 5, map("body", "Anyone for coffee?", "timestamp", LocalDateTime.of(2023, 1, 12, 10, 0)))));
            assertThat(value(test, "select \"timestamp\" from post where id = 2")).isEqualTo("2023-01-03 10:00:00.000000");
            assertThat(count(test, "select count(*) from post where id = 5")).isZero();

            SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                    new DeleteRow("Post", 4, map("body", "The Avengers movie was so cool!", "timestamp", LocalDateTime.of(2023, 1, 11, 9, 0))))));
            assertThat(refused.problems()).as("half a second later is another time").singleElement()
                    .extracting(RowProblem::kind).isEqualTo(RowProblem.Kind.CONFLICT);
        }
    }

    @Test
    void anUpdateThatWouldTouchTwoRowsIsRolledBack() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2)) {
            // a table without a primary key, where the mapped id repeats
            execute(test, "create table save_test_unkeyed (id integer, text varchar(50))",
                    "insert into save_test_unkeyed values (1, 'a'), (1, 'a'), (2, 'b')");
            try (OpenDatabase db = openWith(test, SaveTestUnkeyed.class)) {
                SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                        new UpdateRow("SaveTestUnkeyed", 2, map("text", "b"), map("text", "B")),
                        new UpdateRow("SaveTestUnkeyed", 1, map("text", "a"), map("text", "A")))));

                assertThat(refused.problems()).extracting(RowProblem::editIndex, RowProblem::kind)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, RowProblem.Kind.CONSTRAINT));
                assertThat(refused.problems().get(0).message()).contains("would change 2 rows instead of one");
                assertThat(count(test, "select count(*) from save_test_unkeyed where text in ('A', 'B')")).isZero();
            }
        }
    }
}
