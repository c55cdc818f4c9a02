package dev.rowboat.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.edit.DeleteRow;
import dev.rowboat.data.edit.InsertRow;
import dev.rowboat.data.edit.NewRowRef;
import dev.rowboat.data.edit.RowProblem;
import dev.rowboat.data.edit.UpdateRow;
import dev.rowboat.data.paging.RefValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tutorial's session in the grid: changes kept, undone and redone, until Save or Discard. */
class PendingEditsTest {
    private final PendingEdits pending = new PendingEdits();
    private final UndoStack undo = new UndoStack();
    private final RowRef john = RowRef.existing("User", 1);

    @Test
    void anEditBecomesAnUpdateCarryingTheValueThePersonSaw() {
        undo.execute(Edits.setCell(pending, john, "username", "john", "johnny"));
        assertThat(pending.toEdits()).containsExactly(new UpdateRow("User", 1, Map.of("username", "john"), Map.of("username", "johnny")));
        assertThat(pending.valueOf(john, "username", "john")).isEqualTo("johnny");
        assertThat(pending.isChanged(john, "username")).isTrue();
        assertThat(undo.undoTextProperty().get()).isEqualTo("Undo edit username");
    }

    @Test
    void editingTwiceKeepsTheFirstOriginalAndEditingBackLeavesNothingPending() {
        undo.execute(Edits.setCell(pending, john, "username", "john", "a"));
        undo.execute(Edits.setCell(pending, john, "username", "john", "b"));
        assertThat(((UpdateRow) pending.toEdits().get(0)).original()).containsEntry("username", "john");
        undo.execute(Edits.setCell(pending, john, "username", "john", "john"));
        assertThat(pending.count()).isZero();
        assertThat(pending.toEdits()).isEmpty();
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughTheEdits() {
        undo.execute(Edits.setCell(pending, john, "username", "john", "a"));
        undo.execute(Edits.setCell(pending, john, "email", "j@x", "b@x"));
        undo.undo();
        assertThat(pending.valueOf(john, "email", "j@x")).isEqualTo("j@x");
        assertThat(pending.valueOf(john, "username", "john")).isEqualTo("a");
        undo.undo();
        assertThat(pending.count()).isZero();
        assertThat(undo.canUndoProperty().get()).isFalse();
        undo.redo();
        undo.redo();
        assertThat(pending.valueOf(john, "email", "j@x")).isEqualTo("b@x");
        assertThat(undo.canRedoProperty().get()).isFalse();
    }

    @Test
    void aNewRowAndAPostByItAreInsertedWithAReferenceBetweenThem() {
        undo.execute(Edits.addRow(pending, "User", Map.of(), "add User"));
        RowRef newUser = pending.newRows("User").get(0);
        undo.execute(Edits.setCell(pending, newUser, "username", null, "zoe"));
        undo.execute(Edits.addRow(pending, "Post", Map.of("body", "hi"), "add Post"));
        RowRef newPost = pending.newRows("Post").get(0);
        undo.execute(Edits.setCell(pending, newPost, "author", null, new RefValue("User", new NewRowId(newUser.newRowNumber()), null)));
        assertThat(pending.toEdits()).containsExactly(
                new InsertRow("User", newUser.newRowNumber(), Map.of("username", "zoe")),
                new InsertRow("Post", newPost.newRowNumber(), Map.of("body", "hi", "author", new NewRowRef("User", newUser.newRowNumber()))));
    }

    @Test
    void deletingKeepsTheSeenValuesAndUndoBringsTheEditsBack() {
        undo.execute(Edits.setCell(pending, john, "username", "john", "a"));
        undo.execute(Edits.deleteRows(pending, List.of(john), List.of(Map.of("username", "john", "email", "j@x"))));
        assertThat(pending.isDeleted(john)).isTrue();
        assertThat(pending.toEdits()).containsExactly(new DeleteRow("User", 1, Map.of("username", "john", "email", "j@x")));
        undo.undo();
        assertThat(pending.isDeleted(john)).isFalse();
        assertThat(pending.valueOf(john, "username", "john")).isEqualTo("a");
    }

    @Test
    void deletingANewRowJustRemovesIt() {
        undo.execute(Edits.addRow(pending, "Tag", Map.of("name", "x"), "add Tag"));
        RowRef tag = pending.newRows("Tag").get(0);
        undo.execute(Edits.deleteRows(pending, List.of(tag), List.of(Map.of())));
        assertThat(pending.toEdits()).isEmpty();
        undo.undo();
        assertThat(pending.newRows("Tag")).containsExactly(tag);
    }

    @Test
    void problemsAreShownOnTheirCellsAndAConflictCanBeRebasedOrDropped() {
        undo.execute(Edits.setCell(pending, john, "username", "john", "susan"));
        pending.showProblems(List.of(new RowProblem(0, RowProblem.Kind.CONSTRAINT, "username", "username \"susan\" is already taken.", null)));
        assertThat(pending.problem(john, "username")).contains("username \"susan\" is already taken.");
        assertThat(pending.problemCount()).isEqualTo(1);
        pending.rebase(john, Map.of("username", "jon"));
        assertThat(((UpdateRow) pending.toEdits().get(0)).original()).containsEntry("username", "jon");
        pending.drop(john);
        assertThat(pending.count()).isZero();
    }
}
