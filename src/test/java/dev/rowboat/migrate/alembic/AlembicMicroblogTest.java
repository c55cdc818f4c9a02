package dev.rowboat.migrate.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropIndex;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three revisions real Flask-Migrate wrote for the Mega-Tutorial's microblog. */
class AlembicMicroblogTest {
    private static final String VERSIONS = "microblog/migrations/versions/";
    private static final ColumnType INTEGER = ColumnType.of(TypeKind.INTEGER);

    @Test
    void usersTableCreatesUserWithItsUniqueIndexesAndDropsThemInReverse() {
        Revision r = Fixtures.read(VERSIONS + "70c83f7b757c_users_table.py");

        assertEquals("70c83f7b757c", r.id());
        assertEquals(List.of(), r.downRevisions());
        assertEquals("users table", r.message());
        assertEquals(Instant.parse("2026-12-03T18:59:06.448367Z"), r.created());
        assertEquals(List.of(new CreateTable(new TableSpec("user",
                List.of(new ColumnSpec("id", INTEGER, false, null, true),
                        ColumnSpec.of("username", ColumnType.varchar(64), true),
                        ColumnSpec.of("email", ColumnType.varchar(120), true),
                        ColumnSpec.of("password_hash", ColumnType.varchar(128), true)),
                List.of("id"), List.of(), List.of(),
                List.of(new IndexSpec("ix_user_email", "user", List.of("email"), true),
                        new IndexSpec("ix_user_username", "user", List.of("username"), true))))), r.upgrade());
        assertEquals(List.of(new DropIndex("user", "ix_user_username"), new DropIndex("user", "ix_user_email"),
                new DropTable("user")), r.downgrade());
        assertTrue(r.unread().isEmpty(), () -> r.unread().toString());
    }

    @Test
    void postsTableReferencesUserAndIndexesTimestamp() {
        Revision r = Fixtures.read(VERSIONS + "c8cc082e6ec1_posts_table.py");

        assertEquals(List.of("70c83f7b757c"), r.downRevisions());
        assertEquals(List.of(new CreateTable(new TableSpec("post",
                List.of(new ColumnSpec("id", INTEGER, false, null, true),
                        ColumnSpec.of("body", ColumnType.varchar(140), true),
                        ColumnSpec.of("timestamp", ColumnType.of(TypeKind.TIMESTAMP), true),
                        ColumnSpec.of("user_id", INTEGER, true)),
                List.of("id"), List.of(),
                List.of(new ForeignKeySpec(null, "post", List.of("user_id"), "user", List.of("id"), null)),
                List.of(new IndexSpec("ix_post_timestamp", "post", List.of("timestamp"), false))))), r.upgrade());
        assertEquals(List.of(new DropIndex("post", "ix_post_timestamp"), new DropTable("post")), r.downgrade());
    }

    @Test
    void followersCreatesAnAssociationTableWithoutKeyAndAddsProfileColumnsInABatch() {
        Revision r = Fixtures.read(VERSIONS + "329221f2e7f1_followers.py");

        assertEquals(List.of("c8cc082e6ec1"), r.downRevisions());
        assertEquals(List.of(
                new CreateTable(new TableSpec("followers",
                        List.of(ColumnSpec.of("follower_id", INTEGER, true), ColumnSpec.of("followed_id", INTEGER, true)),
                        List.of(), List.of(),
                        List.of(new ForeignKeySpec(null, "followers", List.of("followed_id"), "user", List.of("id"), null),
                                new ForeignKeySpec(null, "followers", List.of("follower_id"), "user", List.of("id"), null)),
                        List.of())),
                new AddColumn("user", ColumnSpec.of("about_me", ColumnType.varchar(140), true)),
                new AddColumn("user", ColumnSpec.of("last_seen", ColumnType.of(TypeKind.TIMESTAMP), true))), r.upgrade());
        assertEquals(List.of(new DropColumn("user", "last_seen"), new DropColumn("user", "about_me"), new DropTable("followers")),
                r.downgrade());
        assertTrue(r.unread().isEmpty(), () -> r.unread().toString());
    }
}
