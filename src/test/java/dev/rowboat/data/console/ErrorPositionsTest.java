package dev.rowboat.data.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Each database's real error for a statement points where the fault is. The errors come from the
 * databases themselves, by plain JDBC, as the console will see them.
 */
class ErrorPositionsTest {

    /** Runs {@code setup}, then {@code failing}, which must fail; returns its failure. */
    private static SQLException failureOf(Dbms dbms, String failing, String... setup) {
        AtomicReference<SQLException> failure = new AtomicReference<>();
        try (TestDatabase test = TestDatabase.create(dbms)) {
            test.jdbc(connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : setup) {
                        statement.execute(sql);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Setup failed on " + dbms, e);
                }
                failure.set(assertThrows(SQLException.class, () -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(failing);
                    }
                }));
            });
        }
        return failure.get();
    }

    private static void assertPointsAt(Dbms dbms, String sql, int expected, String... setup) {
        SQLException failure = failureOf(dbms, sql, setup);
        assertThat(ErrorPositions.of(dbms, sql, failure)).as(failure.getMessage()).hasValue(expected);
    }

    @Test
    void h2MarksTheSyntaxError() {
        String sql = "SELECT * FRM users";
        assertPointsAt(Dbms.H2, sql, sql.indexOf("FRM"));
    }

    @Test
    void h2MarkIsMappedBackThroughItsEscapesOfQuotesTabsNewlinesAndEmoji() {
        String sql = "select 'a\"b\\c',\n\t'ü😀 \u00a0' as x frm users";
        assertPointsAt(Dbms.H2, sql, sql.indexOf("frm"));
    }

    @Test
    void h2ColumnNotFoundPointsAtTheColumnWhateverItsCase() {
        String sql = "select id, nosuch from users";
        assertPointsAt(Dbms.H2, sql, sql.indexOf("nosuch"), "create table users (id int)");
    }

    @Test
    void sqliteTokenIsFoundOutsideStrings() {
        String sql = "select 'users', 1 frm users";
        assertPointsAt(Dbms.SQLITE, sql, sql.lastIndexOf("users"));
    }

    @Test
    void sqliteNoSuchTablePointsAtIt() {
        String sql = "select * from users join nosuch on 1 = 1";
        assertPointsAt(Dbms.SQLITE, sql, sql.indexOf("nosuch"), "create table users (id int)");
    }

    @Test
    void sqliteIncompleteInputPointsAtTheEnd() {
        String sql = "select * from users where";
        assertPointsAt(Dbms.SQLITE, sql, sql.length(), "create table users (id int)");
    }

    @Test
    void postgresPositionCountsCharactersNotUtf16Units() {
        String sql = "select '😀😀' as x\n  frm users";
        assertPointsAt(Dbms.POSTGRESQL, sql, sql.indexOf("frm"));
    }

    @Test
    void postgresUnknownColumnPointsAtIt() {
        String sql = "select id, nosuch from users";
        assertPointsAt(Dbms.POSTGRESQL, sql, sql.indexOf("nosuch"), "create table users (id int)");
    }

    @Test
    void postgresDriverPointsAtAnUnterminatedQuote() {
        String sql = "select \"abc from users";
        assertPointsAt(Dbms.POSTGRESQL, sql, sql.indexOf('"'));
    }

    @Test
    void mariaDbSnippetIsFound() {
        String sql = "SELECT * FRM users";
        assertPointsAt(Dbms.MARIADB, sql, sql.indexOf("FRM"));
    }

    @Test
    void mariaDbSnippetIsLookedForOnItsLine() {
        String sql = "select 1 = 1,\n  2 = = 1";
        assertPointsAt(Dbms.MARIADB, sql, sql.lastIndexOf("= 1"));
    }

    @Test
    void mariaDbLongSnippetIsCutAndStillFound() {
        String sql = "select 1 from users where id = = 1 and name = '" + "x".repeat(120) + "'";
        assertPointsAt(Dbms.MARIADB, sql, sql.indexOf("= = 1") + 2, "create table users (id int, name varchar(200))");
    }

    @Test
    void mariaDbUnknownColumnPointsAtIt() {
        String sql = "select id, nosuch from users";
        assertPointsAt(Dbms.MARIADB, sql, sql.indexOf("nosuch"), "create table users (id int)");
    }

    @Test
    void anErrorThatNamesNothingInTheStatementPointsNowhere() {
        String sql = "create table users (id int)";
        SQLException failure = failureOf(Dbms.POSTGRESQL, sql, "create table users (id int)");
        assertThat(ErrorPositions.of(Dbms.POSTGRESQL, sql, failure)).isEmpty();
    }
}
