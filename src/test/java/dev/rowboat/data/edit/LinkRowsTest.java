package dev.rowboat.data.edit;

import static dev.rowboat.data.edit.SaveFixtures.count;
import static dev.rowboat.data.edit.SaveFixtures.userTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Linking and unlinking many-to-many rows writes their association table in the save's one transaction. */
class LinkRowsTest {
    @ParameterizedTest
    @EnumSource(Dbms.class)
    void linksAndUnlinksAreSavedWithTheOtherEditsAndReadBack(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = SaveFixtures.openSample(test)) {
            db.changes().save(List.of(
                    new LinkRow("Post", 1, "tags", 2),
                    new UnlinkRow("Post", 1, "tags", 1),
                    new LinkRow("User", 4, "followed", 1),
                    new UnlinkRow("User", 1, "followed", 3),
                    new UpdateRow("Tag", 2, Map.of("name", "python"), Map.of("name", "python3"))));
            assertThat(SaveFixtures.rows(test, "select tag_id from post_tag where post_id = 1")).containsExactly(List.of(2));
            assertThat(count(test, "select count(*) from followers where follower_id = 4 and followed_id = 1")).isEqualTo(1);
            assertThat(count(test, "select count(*) from followers where follower_id = 1")).as("john now follows only susan").isEqualTo(1);
            assertThat(SaveFixtures.value(test, "select name from tag where id = 2")).isEqualTo("python3");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void severalLinksOfOneAssociationAreSavedTogether(Dbms dbms) {
        // one SQL text, so one batch: MariaDB's driver sent it by a protocol its server refuses for INSERT ... SELECT
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = SaveFixtures.openSample(test)) {
            db.changes().save(List.of(new LinkRow("Post", 1, "tags", 2), new LinkRow("Post", 1, "tags", 3), new LinkRow("Post", 2, "tags", 3)));
            assertThat(SaveFixtures.rows(test, "select tag_id from post_tag where post_id = 1 order by tag_id"))
                    .containsExactly(List.of(1), List.of(2), List.of(3));
            assertThat(count(test, "select count(*) from post_tag where post_id = 2 and tag_id = 3")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aNewPostIsLinkedToItsTagsInTheSameSave(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = SaveFixtures.openSample(test)) {
            SaveResult result = db.changes().save(List.of(
                    new InsertRow("Post", 1, Map.of("body", "Tagged at birth", "author", 2)),
                    new LinkRow("Post", new NewRowRef("Post", 1), "tags", 3)));
            Object id = result.generatedIds().get(1);
            assertThat(count(test, "select count(*) from post_tag where tag_id = 3 and post_id = " + id)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aDuplicateLinkIsRefusedInWordsAndNothingIsSaved(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = SaveFixtures.openSample(test)) {
            List<RowEdit> edits = List.of(
                    new UpdateRow("Tag", 2, Map.of("name", "python"), Map.of("name", "python3")),
                    new LinkRow("Post", 1, "tags", 1));
            assertThatThrownBy(() -> db.changes().save(edits)).isInstanceOfSatisfying(SaveException.class, e -> {
                assertThat(e.problems()).hasSize(1);
                assertThat(e.problems().get(0).editIndex()).isEqualTo(1);
                assertThat(e.problems().get(0).message()).isEqualTo(
                        "The post 1 is already linked to #1 in tags (someone may have linked it meanwhile); undo this link.");
            });
            assertThat(SaveFixtures.value(test, "select name from tag where id = 2")).isEqualTo("python");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void anAssociationTableWithoutAKeyNeverGetsAPairTwice(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = SaveFixtures.openSample(test)) {
            SaveFixtures.execute(test, "create table post_tag_copy as select * from post_tag", "drop table post_tag",
                    "alter table post_tag_copy rename to post_tag");
            assertThatThrownBy(() -> db.changes().save(List.of(new LinkRow("Post", 1, "tags", 2), new LinkRow("Post", 1, "tags", 1))))
                    .isInstanceOfSatisfying(SaveException.class, e -> {
                        assertThat(e.problems()).extracting(RowProblem::editIndex).containsExactly(1);
                        assertThat(e.problems().get(0).message()).isEqualTo(
                                "The post 1 is already linked to #1 in tags (someone may have linked it meanwhile); undo this link.");
                    });
            assertThat(count(test, "select count(*) from post_tag where post_id = 1 and tag_id = 1")).isEqualTo(1);
            assertThat(count(test, "select count(*) from post_tag where post_id = 1 and tag_id = 2")).as("nothing of the save is kept").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void linkingARowSomeoneElseDeletedIsRefusedAndUnlinkingAGoneLinkIsAConflict(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = SaveFixtures.openSample(test)) {
            SaveFixtures.execute(test, "delete from followers where followed_id = 4", "delete from profile where user_id = 4",
                    "delete from " + userTable(dbms) + " where id = 4");
            assertThatThrownBy(() -> db.changes().save(List.of(new LinkRow("User", 1, "followed", 4))))
                    .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.problems().get(0).message()).isEqualTo(
                            "The user 1 or #4 no longer exists (someone else may have deleted it), so they cannot be linked in followed."));
            assertThatThrownBy(() -> db.changes().save(List.of(new UnlinkRow("Post", 1, "tags", 3))))
                    .isInstanceOfSatisfying(SaveException.class, e -> {
                        assertThat(e.problems().get(0).kind()).isEqualTo(RowProblem.Kind.CONFLICT);
                        assertThat(e.problems().get(0).message()).isEqualTo(
                                "The post 1 is no longer linked to #3 in tags: someone else unlinked it after you read it.");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void thePreviewShowsTheAssociationTableStatements(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = SaveFixtures.openSample(test)) {
            assertThat(db.changes().previewSql(List.of(new LinkRow("Post", 1, "tags", 2), new UnlinkRow("User", 1, "followed", 3))))
                    .containsExactly("DELETE FROM followers WHERE follower_id = 1 AND followed_id = 3;",
                            "INSERT INTO post_tag (post_id, tag_id) SELECT o.id, t.id FROM post o, tag t WHERE o.id = 1 AND t.id = 2"
                                    + " AND NOT EXISTS (SELECT 1 FROM post_tag j WHERE j.post_id = o.id AND j.tag_id = t.id);");
        }
    }
}
