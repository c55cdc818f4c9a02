package dev.rowboat.data.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import org.hibernate.exception.SQLGrammarException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * Hibernate's real HQL errors, from the microblog model on H2, point where the fault is. Session's
 * createQuery reports those it finds in the HQL as an IllegalArgumentException, as JPA asks, with
 * Hibernate's cause; the database's errors in the SQL made from it come as Hibernate's JDBC exceptions.
 */
class HqlErrorPositionsTest {
    private static TestDatabase test;
    private static OpenDatabase db;

    @BeforeAll
    static void open() {
        test = TestDatabase.create(Dbms.H2);
        db = test.open();
        db.createTablesIfEmpty();
    }

    @AfterAll
    static void close() {
        db.close();
        test.close();
    }

    private static void assertPointsAt(String hql, int expected) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> db.inTransaction(session -> session.createQuery(hql).getResultList()));
        assertThat(ErrorPositions.of(Dbms.H2, hql, failure)).as(failure.getMessage()).hasValue(expected);
    }

    @Test
    void syntaxErrorPointsAtTheToken() {
        String hql = "select count(*) frm User";
        assertPointsAt(hql, hql.indexOf("User"));
    }

    @Test
    void syntaxErrorOnALaterLineAfterEmojiCountsCharactersOfThatLine() {
        String hql = "from User u\nwhere u.username = '😀😀' xyz";
        assertPointsAt(hql, hql.indexOf("xyz"));
    }

    @Test
    void queryEndingTooSoonPointsAtTheEnd() {
        String hql = "from User u order by";
        assertPointsAt(hql, hql.length());
    }

    @Test
    void unknownAttributePointsAtItsPath() {
        String hql = "select u.username from User u where u.usernme = 'ada'";
        assertPointsAt(hql, hql.indexOf("usernme"));
    }

    @Test
    void unknownEntityPointsAtIt() {
        String hql = "select u from Usr u";
        assertPointsAt(hql, hql.indexOf("Usr"));
    }

    @Test
    void postgresPositionInTheSqlMadeFromHqlIsNoPositionInTheHql() {
        String hql = "select u.id from User u where function('nosuch_fn', u.id) = 1";
        try (TestDatabase postgres = TestDatabase.create(Dbms.POSTGRESQL); OpenDatabase pg = postgres.open()) {
            pg.createTablesIfEmpty();
            SQLGrammarException failure = assertThrows(SQLGrammarException.class,
                    () -> pg.inTransaction(session -> session.createQuery(hql).getResultList()));
            assertThat(failure).hasRootCauseInstanceOf(PSQLException.class);
            assertThat(ErrorPositions.of(Dbms.POSTGRESQL, hql, failure)).as(failure.getMessage()).isEmpty();
        }
    }

    @Test
    void unknownBareNamePointsAtIt() {
        String hql = "from User u where nosuch = 1";
        assertPointsAt(hql, hql.indexOf("nosuch"));
    }
}
