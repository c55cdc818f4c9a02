package dev.rowboat.migrate.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.migrate.ops.AddUnique;
import dev.rowboat.migrate.ops.CreateIndex;
import dev.rowboat.migrate.ops.DropIndex;
import dev.rowboat.migrate.ops.DropUnique;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.UniqueSpec;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Indexes and unique constraints on every database, checked by reading back and by inserting. */
class IndexAndConstraintOperationsTest {
    private static Migrating withRows(Dbms dbms) throws Exception {
        Migrating m = new Migrating(dbms);
        m.apply(Fixtures.user(), Fixtures.post());
        m.execute("INSERT INTO " + m.q("user") + " (username, email) VALUES ('ann', 'ann@example.com')",
                "INSERT INTO post (author_id, title) VALUES (1, 'hello')");
        return m;
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void indexesAreCreatedAndDropped(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            m.apply(new CreateIndex(new IndexSpec("ix_post_author_status", "post", List.of("author_id", "status"), false)),
                    new CreateIndex(new IndexSpec("ix_order", "post", List.of("order"), false)));
            m.apply(new DropIndex("post", "ix_post_title"), new DropIndex("post", "ix_order"));
            assertThat(m.read().table("post").orElseThrow().indexes()).extracting(IndexSpec::name)
                    .containsExactly("ix_post_author_status");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void uniqueIndexRefusesADuplicate(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            m.apply(new CreateIndex(new IndexSpec("ux_user_name", "user", List.of("username"), true)));
            assertThatThrownBy(() -> m.execute("INSERT INTO " + m.q("user") + " (username) VALUES ('ann')"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void uniqueConstraintsAreAddedAndDroppedKeepingRows(Dbms dbms) throws Exception {
        try (Migrating m = withRows(dbms)) {
            m.apply(new AddUnique(new UniqueSpec("uq_post_author_title", "post", List.of("author_id", "title"))));
            assertThatThrownBy(() -> m.execute("INSERT INTO post (author_id, title) VALUES (1, 'hello')"))
                    .isInstanceOf(SQLException.class);
            m.apply(new DropUnique("post", "uq_post_author_title"), new DropUnique("user", "uq_user_email"));
            m.execute("INSERT INTO post (author_id, title) VALUES (1, 'hello')",
                    "INSERT INTO " + m.q("user") + " (username, email) VALUES ('bob', 'ann@example.com')");
            assertThat(m.rows("SELECT title FROM post")).hasSize(2);
        }
    }
}
