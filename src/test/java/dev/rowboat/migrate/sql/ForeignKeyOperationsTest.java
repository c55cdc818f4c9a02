package dev.rowboat.migrate.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.AddForeignKey;
import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.DropForeignKey;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.ForeignKeySpec;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Foreign keys on every database; on SQLite also the rebuild's check and its triggers. */
class ForeignKeyOperationsTest {
    private static Migrating withRows(Dbms dbms) throws Exception {
        Migrating m = new Migrating(dbms);
        m.apply(Fixtures.user(), Fixtures.post());
        m.execute("INSERT INTO " + m.q("user") + " (username) VALUES ('ann')",
                "INSERT INTO post (author_id, title) VALUES (1, 'hello')");
        return m;
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void foreignKeysAreAddedAndDroppedWithTheirRules(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            m.apply(new AddColumn("post", ColumnSpec.of("editor_id", Fixtures.BIGINT, true)),
                    new AddForeignKey(new ForeignKeySpec("fk_post_editor", "post", List.of("editor_id"),
                            "user", List.of("id"), "SET NULL")),
                    new AddColumn("post", ColumnSpec.of("reply_to", Fixtures.BIGINT, true)),
                    new AddForeignKey(new ForeignKeySpec("fk_post_reply_to", "post", List.of("reply_to"),
                            "post", List.of("id"), null)));
            m.apply(new DropForeignKey("post", "fk_post_author"));
            assertThat(m.read().table("post").orElseThrow().foreignKeys()).extracting(ForeignKeySpec::name)
                    .containsExactly("fk_post_editor", "fk_post_reply_to");
            assertThat(m.rows("SELECT title FROM post")).containsExactly(Map.of("title", "hello"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void addingAForeignKeyThatRowsBreakIsRefused(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            m.apply(new AddColumn("post", new ColumnSpec("editor_id", Fixtures.BIGINT, true, "42", false)));
            assertThatThrownBy(() -> m.apply(new AddForeignKey(new ForeignKeySpec("fk_post_editor", "post",
                    List.of("editor_id"), "user", List.of("id"), null))))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> {
                        if (dbms == Dbms.SQLITE) {
                            assertThat(e).hasMessageContaining("row 1 of table post");
                        }
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = "SQLITE")
    void sqliteRebuildKeepsTriggersAndRestoresTheForeignKeySwitch(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            m.execute("PRAGMA foreign_keys = ON",
                    "CREATE TABLE audit (what TEXT)",
                    "CREATE TRIGGER post_audit AFTER INSERT ON post BEGIN INSERT INTO audit VALUES (NEW.title); END");
            ColumnSpec title = m.planned.table("post").orElseThrow().column("title").orElseThrow();
            m.planned = dev.rowboat.migrate.ops.SnapshotChanges.apply(m.planned, Fixtures.audit());
            m.apply(new AlterColumn("post", title, new ColumnSpec("title", ColumnType.varchar(300), true, null, false)));
            m.execute("INSERT INTO post (author_id, title) VALUES (1, 'second')");
            assertThat(m.rows("SELECT what FROM audit")).containsExactly(Map.of("what", "second"));
            assertThat(m.rows("PRAGMA foreign_keys")).containsExactly(Map.of("foreign_keys", 1L));
            assertThat(m.rows("SELECT name FROM sqlite_temp_master")).isEmpty();
        }
    }
}
