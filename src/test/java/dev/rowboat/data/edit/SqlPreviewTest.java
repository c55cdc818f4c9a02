package dev.rowboat.data.edit;

import static dev.rowboat.data.edit.SaveFixtures.count;
import static dev.rowboat.data.edit.SaveFixtures.map;
import static dev.rowboat.data.edit.SaveFixtures.openSample;
import static dev.rowboat.data.edit.SaveFixtures.userTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The preview lists what Save will run, in save order, with literals in the database's dialect. */
class SqlPreviewTest {
    @ParameterizedTest
    @EnumSource(Dbms.class)
    void previewShowsTheStatementsInSaveOrderAndRunsNothing(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = openSample(test)) {
            List<String> sql = db.changes().previewSql(List.of(
                    new DeleteRow("Profile", 2, map("aboutMe", "Movies and coffee.", "lastSeen", null)),
                    new UpdateRow("Post", 3, map("body", "My first post with tags."), map("body", "It's new")),
                    new InsertRow("Post", 2, map("body", "Hi", "author", new NewRowRef("User", 1),
                            "timestamp", LocalDateTime.of(2024, 5, 31, 14, 30))),
                    new InsertRow("User", 1, map("username", "erin"))));

            String user = userTable(dbms);
            String timestamp = dbms == Dbms.MARIADB ? "`timestamp`" : "\"timestamp\"";
            assertThat(sql).hasSize(4);
            assertThat(sql.get(0)).isEqualTo("INSERT INTO " + user + " (username, email, password_hash) VALUES ('erin', NULL, NULL);");
            assertThat(sql.get(1)).startsWith("INSERT INTO post (body, " + timestamp + ", user_id) VALUES ('Hi', ")
                    .contains("2024-05-31").endsWith(", (id of new User #1));");
            // MariaDB compares text in an exact collation, so that a change of letter case is not taken for the value read
            String exact = dbms == Dbms.MARIADB ? " COLLATE utf8mb4_nopad_bin" : "";
            assertThat(sql.get(2)).isEqualTo("UPDATE post SET body = 'It''s new' WHERE id = 3 AND body = 'My first post with tags.'"
                    + exact + ";");
            assertThat(sql.get(3)).isEqualTo("DELETE FROM profile WHERE id = 2 AND about_me = 'Movies and coffee.'" + exact
                    + " AND last_seen IS NULL;");
            assertThat(count(test, "select count(*) from post")).isEqualTo(6);
        }
    }
}
