package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.paging.SortKey;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.model.Post;
import dev.rowboat.model.User;
import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Databases that Rowboat did not create: one with none of the model's tables, one with some of
 * them, and one written by Flask-SQLAlchemy, read as they are.
 */
class ExistingDatabasesTest {
    private static final Path CHINOOK = Path.of("/work/shared/datasets/chinook/Chinook_Sqlite.sqlite");
    private static final DatabaseOpener OPENER = new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, false);
    private static final QueryCancel NO_CANCEL = QueryCancel.none();

    /** The DDL Flask-SQLAlchemy's {@code db.create_all()} emits on SQLite for the tutorial's models. */
    private static final List<String> FLASK_SCHEMA = List.of("""
            CREATE TABLE user (
            \tid INTEGER NOT NULL,\s
            \tusername VARCHAR(64),\s
            \temail VARCHAR(120),\s
            \tpassword_hash VARCHAR(128),\s
            \tPRIMARY KEY (id)
            )""",
            "CREATE UNIQUE INDEX ix_user_username ON user (username)",
            "CREATE UNIQUE INDEX ix_user_email ON user (email)",
            """
            CREATE TABLE tag (
            \tid INTEGER NOT NULL,\s
            \tname VARCHAR(50),\s
            \tPRIMARY KEY (id)
            )""",
            "CREATE UNIQUE INDEX ix_tag_name ON tag (name)",
            """
            CREATE TABLE followers (
            \tfollower_id INTEGER,\s
            \tfollowed_id INTEGER,\s
            \tFOREIGN KEY(follower_id) REFERENCES user (id),\s
            \tFOREIGN KEY(followed_id) REFERENCES user (id)
            )""",
            """
            CREATE TABLE post (
            \tid INTEGER NOT NULL,\s
            \tbody VARCHAR(140),\s
            \ttimestamp DATETIME,\s
            \tuser_id INTEGER,\s
            \tPRIMARY KEY (id),\s
            \tFOREIGN KEY(user_id) REFERENCES user (id)
            )""",
            "CREATE INDEX ix_post_timestamp ON post (timestamp)",
            """
            CREATE TABLE profile (
            \tid INTEGER NOT NULL,\s
            \tuser_id INTEGER,\s
            \tabout_me VARCHAR(140),\s
            \tlast_seen DATETIME,\s
            \tPRIMARY KEY (id),\s
            \tUNIQUE (user_id),\s
            \tFOREIGN KEY(user_id) REFERENCES user (id)
            )""",
            """
            CREATE TABLE post_tag (
            \tpost_id INTEGER,\s
            \ttag_id INTEGER,\s
            \tFOREIGN KEY(post_id) REFERENCES post (id),\s
            \tFOREIGN KEY(tag_id) REFERENCES tag (id)
            )""");

    @Test
    void aDatabaseWithNoneOfTheModelsTablesOpensWithEveryEntityUnavailable(@TempDir Path dir) throws IOException {
        // A copy: the shared file stays as it is, and this checks that opening writes nothing.
        Path copy = Files.copy(CHINOOK, dir.resolve("chinook.sqlite"));
        try (OpenDatabase db = OPENER.open(DatabaseUrls.parse("sqlite:///" + copy), ConnectOptions.defaults())) {
            assertThat(db.catalog().entities()).extracting(EntityInfo::name).containsExactly("Post", "Profile", "Tag", "User");
            assertThat(db.catalog().entities()).noneMatch(EntityInfo::available);
            for (EntityInfo entity : db.catalog().entities()) {
                assertThat(entity.missing()).as(entity.name()).containsExactly("table " + entity.table() + " does not exist");
            }
            assertThat(db.isEmpty()).isTrue();

            DatabaseException e = catchThrowableOfType(DatabaseException.class,
                    () -> db.pages().fetch(firstPage("Post", null, 10), NO_CANCEL));
            assertThat(e.kind()).isEqualTo(DatabaseException.Kind.NOT_FOUND);
            assertThat(e.getMessage()).isEqualTo("Post cannot be shown: table post does not exist.");
        }
        assertThat(Files.mismatch(copy, CHINOOK)).as("the copy is unchanged").isEqualTo(-1L);
    }

    @Test
    void anEntityWhoseTableExistsOpensWithoutTheAssociationsToMissingTables(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("users-only.db");
        jdbc(file, FLASK_SCHEMA.get(0),
                "insert into user (id, username, email, password_hash) values (1, 'john', 'john@example.com', 'pbkdf2:x')",
                "insert into user (id, username, email, password_hash) values (2, 'susan', 'susan@example.com', null)");

        try (OpenDatabase db = OPENER.open(DatabaseUrls.parse("sqlite:///" + file), ConnectOptions.defaults())) {
            EntityInfo user = db.catalog().get("User");
            assertThat(user.available()).isTrue();
            assertThat(user.attributes()).extracting(a -> a.name()).containsExactly("id", "username", "email", "passwordHash");
            assertThat(user.missing()).containsExactlyInAnyOrder(
                    "posts: entity Post has no table",
                    "profile: entity Profile has no table",
                    "followed: table followers does not exist",
                    "followers: table followers does not exist");
            assertThat(user.label()).isEqualTo("username");
            for (String name : List.of("Post", "Profile", "Tag")) {
                EntityInfo entity = db.catalog().get(name);
                assertThat(entity.available()).as(name).isFalse();
                assertThat(entity.missing()).as(name).containsExactly("table " + entity.table() + " does not exist");
            }
            assertThat(db.isEmpty()).isFalse();

            Page users = db.pages().fetch(firstPage("User", new SortKey("username", true), 10), NO_CANCEL);
            assertThat(users.rows()).extracting(r -> cell(db, "User", r, "username")).containsExactly("susan", "john");
        }
    }

    @Test
    void aFlaskSqlalchemyFileIsReadWithItsMicrosecondTimestamps(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("app.db");
        List<String> sql = new ArrayList<>(FLASK_SCHEMA);
        sql.addAll(List.of(
                "insert into user (id, username, email) values (1, 'john', 'john@example.com')",
                // As SQLAlchemy writes datetime.utcnow(): always six fraction digits, as TEXT.
                "insert into post (id, body, timestamp, user_id) values (1, 'first', '2024-05-01 10:00:00.123456', 1)",
                "insert into post (id, body, timestamp, user_id) values (2, 'second', '2024-05-01 09:59:59.999999', 1)",
                "insert into post (id, body, timestamp, user_id) values (3, 'third', '2024-05-02 00:00:00.000000', 1)",
                "insert into post (id, body, timestamp, user_id) values (4, 'fourth', '2024-05-01 10:00:00.500000', 1)",
                "insert into post (id, body, timestamp, user_id) values (5, 'undated', null, 1)",
                "insert into profile (id, user_id, about_me, last_seen) values (1, 1, 'hi', '2024-04-30 23:59:59.000001')"));
        jdbc(file, sql.toArray(String[]::new));

        try (OpenDatabase db = OPENER.open(DatabaseUrls.parse("sqlite:///" + file), ConnectOptions.defaults())) {
            assertThat(db.catalog().entities()).allMatch(EntityInfo::available);

            Page posts = db.pages().fetch(firstPage("Post", null, 10), NO_CANCEL);
            assertThat(posts.rows()).extracting(r -> cell(db, "Post", r, "timestamp")).containsExactly(
                    LocalDateTime.of(2024, 5, 1, 10, 0, 0, 123_456_000),
                    LocalDateTime.of(2024, 5, 1, 9, 59, 59, 999_999_000),
                    LocalDateTime.of(2024, 5, 2, 0, 0),
                    LocalDateTime.of(2024, 5, 1, 10, 0, 0, 500_000_000),
                    null);
            Row profile = db.pages().fetch(firstPage("Profile", null, 10), NO_CANCEL).rows().get(0);
            assertThat(cell(db, "Profile", profile, "lastSeen")).isEqualTo(LocalDateTime.of(2024, 4, 30, 23, 59, 59, 1_000));

            // Sorting and keyset pages bind timestamps: they must compare with the stored text.
            List<String> byTime = new ArrayList<>();
            PageRequest pages = firstPage("Post", new SortKey("timestamp", false), 2);
            Page page = db.pages().fetch(pages, NO_CANCEL);
            page.rows().forEach(r -> byTime.add((String) cell(db, "Post", r, "body")));
            while (page.moreAfter()) {
                page = db.pages().fetch(pages.at(new Anchor.After(page.rows().get(page.rows().size() - 1).key())), NO_CANCEL);
                page.rows().forEach(r -> byTime.add((String) cell(db, "Post", r, "body")));
            }
            assertThat(byTime).containsExactly("undated", "second", "first", "fourth", "third");

            PageRequest after = new PageRequest("Post", null, List.of(new Filter("timestamp", FilterOp.GREATER_THAN, "2024-05-01 10:00")),
                    Anchor.first(), 10);
            assertThat(db.pages().fetch(after, NO_CANCEL).rows()).extracting(r -> cell(db, "Post", r, "body"))
                    .containsExactly("first", "third", "fourth");
        }
    }

    @Test
    void timestampsRowboatWritesToSqliteAreTheTextFlaskReads(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("app.db");
        jdbc(file, FLASK_SCHEMA.toArray(String[]::new));
        try (OpenDatabase db = OPENER.open(DatabaseUrls.parse("sqlite:///" + file), ConnectOptions.defaults())) {
            db.inTransaction(session -> {
                User john = new User("john", "john@example.com");
                session.persist(john);
                Post post = new Post("written by Rowboat", john);
                post.setTimestamp(LocalDateTime.of(2024, 5, 1, 10, 0, 0, 123_456_000));
                session.persist(post);
            });
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select timestamp, typeof(timestamp) from post")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("2024-05-01 10:00:00.123456");
            assertThat(rs.getString(2)).isEqualTo("text");
        }
    }

    private static PageRequest firstPage(String entity, SortKey sort, int size) {
        return new PageRequest(entity, sort, List.of(), Anchor.first(), size);
    }

    private static Object cell(OpenDatabase db, String entity, Row row, String attribute) {
        EntityInfo info = db.catalog().get(entity);
        return row.cells().get(info.attributes().indexOf(info.attribute(attribute).orElseThrow()));
    }

    /** Writes with plain JDBC, as another program would. */
    private static void jdbc(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
