package dev.rowboat.migrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.RenameTable;
import dev.rowboat.schema.Dbms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CREATE, DROP and RENAME TABLE on every database, each checked by reading the schema back. */
class TableOperationsTest {
    @ParameterizedTest
    @EnumSource(Dbms.class)
    void createdTablesReadBackWithKeysDefaultsConstraintsAndIndexes(Dbms dbms) throws Exception {
        try (Migrating m = new Migrating(dbms)) {
            m.apply(Fixtures.user(), Fixtures.post());
            m.execute("INSERT INTO " + m.q("user") + " (username) VALUES ('ann')");
            assertThat(m.rows("SELECT id, active FROM " + m.q("user")))
                    .extracting(r -> r.get("id")).containsExactly(1L);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void everyPortableTypeReadsBackAsItself(Dbms dbms) throws Exception {
        try (Migrating m = new Migrating(dbms)) {
            m.apply(Fixtures.everyType());
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void droppedTableIsGone(Dbms dbms) throws Exception {
        try (Migrating m = new Migrating(dbms)) {
            m.apply(Fixtures.user(), Fixtures.post());
            m.apply(new DropTable("post"));
            assertThat(m.read().table("post")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void renamedTableKeepsItsRowsAndTheKeysThatReferToIt(Dbms dbms) throws Exception {
        try (Migrating m = new Migrating(dbms)) {
            m.apply(Fixtures.user(), Fixtures.post());
            m.execute("INSERT INTO " + m.q("user") + " (username) VALUES ('ann')",
                    "INSERT INTO post (author_id, title) VALUES (1, 'hello')");
            m.apply(new RenameTable("user", "account"));
            assertThat(m.read().table("post").orElseThrow().foreignKeys().get(0).refTable()).isEqualTo("account");
            assertThat(m.rows("SELECT username FROM account")).containsExactly(Map.of("username", "ann"));
            assertThat(m.rows("SELECT title FROM post")).isEqualTo(List.of(Map.of("title", "hello")));
        }
    }
}
