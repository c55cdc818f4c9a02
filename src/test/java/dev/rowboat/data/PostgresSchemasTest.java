package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.reflect.NameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every schema of a PostgreSQL database can be browsed: the person picks one, public first. */
class PostgresSchemasTest {

    @Test
    void theSchemasAreListedPublicFirstAndChoosingOneShowsItsTables() {
        String other = "rb_other_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (TestDatabase test = TestDatabase.create(Dbms.POSTGRESQL)) {
            browseBoth(test, other);
        }
    }

    private static void browseBoth(TestDatabase test, String other) {
        try {
            TestDatabase.admin(Dbms.POSTGRESQL, "create schema " + other, "create table " + other + ".invoice (id integer primary key)");
            test.jdbc(c -> {
                try (var s = c.createStatement()) {
                    s.execute("create table artist (id integer primary key, name text)");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            DatabaseOpener opener = new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false);
            try (OpenDatabase db = opener.open(test.spec(), ConnectOptions.defaults())) {
                assertThat(db.catalog().entities()).extracting(EntityInfo::name).containsExactly("artist");
                PostgresSchemas.Choice choice = db.schemaChoice();
                assertThat(choice.schemas()).startsWith("public").contains(other, choice.current());
                ConnectionSpec chosen = PostgresSchemas.choose(db.spec(), other);
                assertThat(chosen.jdbcUrl()).endsWith("?currentSchema=" + other).containsOnlyOnce("currentSchema=");
                try (OpenDatabase second = opener.open(chosen, ConnectOptions.defaults())) {
                    assertThat(second.schemaChoice().current()).isEqualTo(other);
                    assertThat(second.catalog().entities()).extracting(EntityInfo::name).containsExactly("invoice");
                }
            }
        } finally {
            TestDatabase.admin(Dbms.POSTGRESQL, "drop schema if exists " + other + " cascade");
        }
    }
}
