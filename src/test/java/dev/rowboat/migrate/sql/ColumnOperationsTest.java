package dev.rowboat.migrate.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.RenameColumn;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.TypeKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ADD, DROP, ALTER and RENAME COLUMN on every database, checked by reading back; rows survive. */
class ColumnOperationsTest {
    private static Migrating withRows(Dbms dbms) throws Exception {
        Migrating m = new Migrating(dbms);
        m.apply(Fixtures.user(), Fixtures.post());
        m.execute("INSERT INTO " + m.q("user") + " (username, email) VALUES ('ann', 'ann@example.com')",
                "INSERT INTO post (author_id, title) VALUES (1, 'hello')");
        return m;
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void addedColumnsTakeTheirDefaultsInExistingRows(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            m.apply(new AddColumn("post", ColumnSpec.of("subtitle", ColumnType.varchar(100), true)),
                    new AddColumn("post", new ColumnSpec("views", Fixtures.INTEGER, false, "0", false)),
                    new AddColumn("post", new ColumnSpec("edited", ColumnType.of(TypeKind.TIMESTAMP), true,
                            "CURRENT_TIMESTAMP", false)));
            assertThat(m.rows("SELECT title, views FROM post")).containsExactly(Map.of("title", "hello", "views", 0L));
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void droppedColumnsTakeTheirIndexesAlong(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            m.apply(new DropColumn("post", "body"));
            m.apply(new DropColumn("post", "title"));
            assertThat(m.read().table("post").orElseThrow().indexes()).isEmpty();
            assertThat(m.rows("SELECT status FROM post")).containsExactly(Map.of("status", "draft"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void alteredColumnsChangeTypeNullabilityAndDefaultKeepingValues(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            ColumnSpec title = m.planned.table("post").orElseThrow().column("title").orElseThrow();
            ColumnSpec status = m.planned.table("post").orElseThrow().column("status").orElseThrow();
            ColumnSpec email = m.planned.table("user").orElseThrow().column("email").orElseThrow();
            m.apply(new AlterColumn("post", title, new ColumnSpec("title", ColumnType.varchar(300), true, null, false)),
                    new AlterColumn("post", status, new ColumnSpec("status", ColumnType.varchar(16), false, "'published'", false)),
                    new AlterColumn("user", email, new ColumnSpec("email", ColumnType.varchar(128), false, null, false)));
            m.execute("INSERT INTO post (author_id) VALUES (1)");
            assertThat(m.rows("SELECT title, status FROM post ORDER BY id")).containsExactly(
                    Map.of("title", "hello", "status", "draft"), mapOf("title", null, "status", "published"));
            assertThat(m.rows("SELECT email FROM " + m.q("user"))).containsExactly(Map.of("email", "ann@example.com"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void alteredColumnDropsItsDefault(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            ColumnSpec score = m.planned.table("post").orElseThrow().column("score").orElseThrow();
            m.apply(new AlterColumn("post", score, new ColumnSpec("score", ColumnType.decimal(12, 2), false, null, false)));
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void alteredKeyLosesAndRegainsItsAutoIncrement(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            ColumnSpec id = m.planned.table("post").orElseThrow().column("id").orElseThrow();
            ColumnSpec plain = new ColumnSpec("id", Fixtures.BIGINT, false, null, false);
            m.apply(new AlterColumn("post", id, plain));
            if (dbms == Dbms.H2) {
                assertThatThrownBy(() -> m.apply(new AlterColumn("post", plain, id)))
                        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("post.id");
                return;
            }
            m.apply(new AlterColumn("post", plain, id));
            m.execute("INSERT INTO post (author_id, title) VALUES (1, 'next')");
            assertThat(m.rows("SELECT title FROM post ORDER BY id")).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void renamedColumnsKeepValuesIndexesAndTheKeysThatUseThem(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            m.apply(new RenameColumn("post", "title", "headline"), new RenameColumn("user", "id", "user_id"),
                    new RenameColumn("post", "order", "position"));
            assertThat(m.read().table("post").orElseThrow().foreignKeys().get(0).refColumns()).isEqualTo(List.of("user_id"));
            assertThat(m.rows("SELECT headline FROM post")).containsExactly(Map.of("headline", "hello"));
        }
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new java.util.HashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
