package dev.rowboat.migrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.ops.RawSql;
import dev.rowboat.schema.Dbms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Hand-written SQL: the variant for the database, split into statements, changing no schema. */
class RawSqlTest {
    @ParameterizedTest
    @EnumSource(Dbms.class)
    void runsEveryStatementOfTheScript(Dbms dbms) throws Exception {
        try (Migrating m = new Migrating(dbms)) {
            m.apply(Fixtures.user());
            String user = m.q("user");
            m.apply(RawSql.of("INSERT INTO " + user + " (username) VALUES ('a;b');\n"
                    + "-- a comment; with a semicolon\n"
                    + "INSERT INTO " + user + " (username) VALUES ('it''s');\n"
                    + "UPDATE " + user + " SET email = 'x' /* ; */ WHERE username = 'a;b';"));
            assertThat(m.rows("SELECT username, email FROM " + user + " ORDER BY id")).hasSize(2)
                    .first().isEqualTo(Map.of("username", "a;b", "email", "x"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void theDatabasesOwnVariantWins(Dbms dbms) throws Exception {
        try (Migrating m = new Migrating(dbms)) {
            m.apply(Fixtures.user());
            String insert = "INSERT INTO " + m.q("user") + " (username) VALUES ";
            m.apply(new RawSql(insert + "('generic')", Map.of(dbms.name().toLowerCase(java.util.Locale.ROOT),
                    insert + "('own')")));
            assertThat(m.rows("SELECT username FROM " + m.q("user"))).containsExactly(Map.of("username", "own"));
        }
    }

    @Test
    void withoutAVariantForTheDatabaseNothingRuns() {
        RawSql onlyPostgres = new RawSql(null, Map.of("postgresql", "VACUUM"));
        assertThat(SqlDialect.of(Dbms.H2).render(onlyPostgres, null)).isEmpty();
        assertThat(SqlDialect.of(Dbms.POSTGRESQL).render(onlyPostgres, null)).containsExactly("VACUUM");
    }

    @Test
    void sqliteTriggerBodiesAndDollarQuotedBodiesStayWhole() {
        assertThat(SqlStatements.split("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
                + "INSERT INTO c VALUES (2); END; SELECT 1"))
                .containsExactly("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
                        + "INSERT INTO c VALUES (2); END", "SELECT 1");
        assertThat(SqlStatements.split("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT 2"))
                .containsExactly("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql", "SELECT 2");
    }

    @Test
    void onlyReservedOrOddNamesAreQuoted() {
        SqlDialect pg = SqlDialect.of(Dbms.POSTGRESQL);
        assertThat(List.of("post", "user", "order", "Post", "two words", "post_tag"))
                .map(pg::quote).containsExactly("post", "\"user\"", "\"order\"", "\"Post\"", "\"two words\"", "post_tag");
        assertThat(SqlDialect.of(Dbms.MARIADB).quote("group")).isEqualTo("`group`");
    }
}
