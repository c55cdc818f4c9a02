package dev.rowboat.data.edit;

import static dev.rowboat.data.edit.SaveFixtures.count;
import static dev.rowboat.data.edit.SaveFixtures.map;
import static dev.rowboat.data.edit.SaveFixtures.openSample;
import static dev.rowboat.data.edit.SaveFixtures.openWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems found before anything is sent: they name the cell, and Save refuses while they last. */
class EditValidationTest {
    private static RowProblem invalid(int index, String attribute, String message) {
        return new RowProblem(index, RowProblem.Kind.INVALID, attribute, message, null);
    }

    @Test
    void textLengthTypeRangeAndMissingIdAreFoundAndSaveIsRefused() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2); OpenDatabase db = openSample(test)) {
            String seventy = "x".repeat(70);
            List<RowEdit> edits = List.of(
                    new UpdateRow("User", 1, map("username", "john"), map("username", seventy)),
                    new UpdateRow("Post", null, map("body", "a"), map("body", "b")),
                    new UpdateRow("Post", 2, map("body", "Learning Flask-Migrate today."), map("body", 42)),
                    new DeleteRow("Post", 3_000_000_000L, map()),
                    new InsertRow("Post", 1, map("body", "hi", "author", new NewRowRef("User", 9))),
                    new UpdateRow("Post", 4, map(), map("body", "no original")),
                    new UpdateRow("Post", 5, map("tags", 1), map("title", "no such")),
                    new UpdateRow("Post", 6, map("timestamp", null), map("timestamp", "yesterday")));

            List<RowProblem> problems = db.changes().validate(edits);

            assertThat(problems).containsExactly(
                    invalid(0, "username", "username is longer than 64 characters (70)."),
                    invalid(1, "id", "id must have a value."),
                    invalid(2, "body", "body must be text, not 42."),
                    invalid(3, "id", "id 3000000000 is out of range (-2147483648 to 2147483647)."),
                    invalid(4, "author", "author refers to a new User that this save does not insert."),
                    invalid(5, "body", "The value body had when it was read is missing, so a change by someone else could"
                            + " not be noticed. Read the row again."),
                    invalid(6, "tags", "tags cannot be edited in this grid."),
                    invalid(6, "title", "Post has no attribute title."),
                    invalid(7, "timestamp", "timestamp must be a date and time, not \"yesterday\"."));
            SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(edits));
            assertThat(refused.problems()).isEqualTo(problems);
            assertThat(refused.getMessage()).isEqualTo("Nothing was saved: 9 problems, the first: username is longer than 64 characters (70).");
            assertThat(count(test, "select count(*) from post where body = 'hi'")).isZero();
        }
    }

    @Test
    void wholeNumbersOfAnotherJavaTypeAreAcceptedWhenTheyFit() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2); OpenDatabase db = openSample(test)) {
            List<RowEdit> edits = List.of(new UpdateRow("Post", 2L, map("author", 1L), map("author", (short) 2)));
            assertThat(db.changes().validate(edits)).isEmpty();
            db.changes().save(edits);
            assertThat(count(test, "select user_id from post where id = 2")).isEqualTo(2);
        }
    }

    @Test
    void requiredValuesDecimalsAndSmallIntegersAreCheckedAgainstTheColumn() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2); OpenDatabase db = openWith(test, SaveTestNote.class)) {
            List<RowEdit> edits = List.of(
                    new InsertRow("SaveTestNote", 1, map("price", new BigDecimal("12345.6"))),
                    new InsertRow("SaveTestNote", 2, map("title", null, "price", new BigDecimal("1.234"), "priority", 40_000)),
                    new InsertRow("SaveTestNote", 3, map("title", "ok", "id", 5, "version", 3)),
                    new UpdateRow("SaveTestNote", 1, map("version", 0), map("title", "fine", "price", 999.5, "priority", 2.5)),
                    new UpdateRow("SaveTestNote", 1, map("version", 0), map("price", "cheap", "priority", 7L)));

            assertThat(db.changes().validate(edits)).containsExactly(
                    invalid(0, "price", "price 12345.6 is out of range (at most 3 digits before the decimal point)."),
                    invalid(0, "title", "title must have a value."),
                    invalid(1, "title", "title must have a value."),
                    invalid(1, "price", "price 1.234 has more than 2 decimal places."),
                    invalid(1, "priority", "priority 40000 is out of range (-32768 to 32767)."),
                    invalid(2, "id", "id is given by the database; leave it empty."),
                    invalid(2, "version", "version is the row's version, which the save keeps; it cannot be edited."),
                    invalid(3, "priority", "priority must be a whole number, not 2.5."),
                    invalid(4, "price", "price must be a number, not \"cheap\"."));

            // numbers of another Java type are converted exactly: the double 9.99 as the decimal a person typed
            db.changes().save(List.of(new InsertRow("SaveTestNote", 1, map("title", "ok", "price", 9.99, "priority", 7L))));
            assertThat(SaveFixtures.value(test, "select price from save_test_note")).isEqualTo(new BigDecimal("9.99"));
            assertThat(count(test, "select priority from save_test_note")).isEqualTo(7);
        }
    }
}
