package dev.rowboat.data.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.Dbms;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSplitterTest {

    private static List<String> texts(List<ConsoleStatement> statements) {
        return statements.stream().map(ConsoleStatement::text).toList();
    }

    @Test
    void splitsAtSemicolonsWithTheOffsetsOfEachStatementsText() {
        String script = "select 1;\n  select *\n  from user ;\n\nselect 3";

        List<ConsoleStatement> statements = ScriptSplitter.split(script);

        assertThat(texts(statements)).containsExactly("select 1", "select *\n  from user", "select 3");
        for (ConsoleStatement statement : statements) {
            assertThat(script.substring(statement.start(), statement.end())).isEqualTo(statement.text());
        }
        assertThat(statements.get(1).start()).isEqualTo(script.indexOf("select *"));
        assertThat(statements.get(1).end()).isEqualTo(script.indexOf(" ;"));
    }

    @Test
    void aSemicolonInAStringAQuotedNameOrACommentDoesNotEndTheStatement() {
        String script = "select 'a;b', 'it''s; still', \"odd;name\", `odd;too` -- a note; with a semicolon\n"
                + "from t /* ; */ where x = ';';select 2";

        assertThat(texts(ScriptSplitter.split(script))).containsExactly(
                "select 'a;b', 'it''s; still', \"odd;name\", `odd;too` -- a note; with a semicolon\nfrom t /* ; */ where x = ';'",
                "select 2");
    }

    @Test
    void aDollarQuotedFunctionBodyStaysOneStatement() {
        String function = "create function one() returns int as $$ begin return 1; end; $$ language plpgsql";
        String tagged = "do $body$ begin raise notice 'a $$ ; b'; end $body$";

        assertThat(texts(ScriptSplitter.split(function + ";\n" + tagged + ";\nselect one()")))
                .containsExactly(function, tagged, "select one()");
    }

    @Test
    void aParameterIsNoDollarQuote() {
        assertThat(texts(ScriptSplitter.split("select $1; select $2"))).containsExactly("select $1", "select $2");
    }

    @Test
    void hashIsAnOperatorNotACommentUnlessTheDatabaseIsMariaDb() {
        assertThat(texts(ScriptSplitter.split("select 5 # 3; select '{a}'::text[] #> '{1}'")))
                .containsExactly("select 5 # 3", "select '{a}'::text[] #> '{1}'");
        assertThat(texts(ScriptSplitter.split("select 1 # don't; stop here\n; select 2", Dbms.MARIADB)))
                .containsExactly("select 1", "select 2");
    }

    @Test
    void mariaDbStringsTakeBackslashEscapesAndPortableOnesDoNot() {
        assertThat(texts(ScriptSplitter.split("select 'it\\'s; fine'; select 2", Dbms.MARIADB)))
                .containsExactly("select 'it\\'s; fine'", "select 2");
        // standard SQL: the backslash is a character and the quote after it ends the string
        assertThat(texts(ScriptSplitter.split("select 'C:\\'; select 2"))).containsExactly("select 'C:\\'", "select 2");
        assertThat(texts(ScriptSplitter.split("select E'it\\'s; fine'; select 2"))).containsExactly("select E'it\\'s; fine'", "select 2");
    }

    @Test
    void mariaDbNeedsABlankAfterDoubleDashForAComment() {
        assertThat(texts(ScriptSplitter.split("select 5--1; select 2", Dbms.MARIADB))).containsExactly("select 5--1", "select 2");
    }

    @Test
    void postgresBlockCommentsNest() {
        assertThat(texts(ScriptSplitter.split("/* out /* in */ still out; */ select 1", Dbms.POSTGRESQL))).containsExactly("select 1");
    }

    @Test
    void statementsOfOnlyBlanksAndCommentsAreDropped() {
        assertThat(texts(ScriptSplitter.split(";;  -- nothing\n; /* nor here */ ;\nselect 1;\n-- the end"))).containsExactly("select 1");
        assertThat(ScriptSplitter.split("  \n-- only a comment")).isEmpty();
    }

    @Test
    void commentsAroundAStatementAreNotPartOfIt() {
        String script = "-- all users\nselect * from user -- and nothing else\n;";

        ConsoleStatement statement = ScriptSplitter.split(script).get(0);

        assertThat(statement.text()).isEqualTo("select * from user");
        assertThat(statement.start()).isEqualTo(script.indexOf("select"));
    }

    @Test
    void mariaDbExecutableCommentsAreStatements() {
        assertThat(texts(ScriptSplitter.split("/*!40101 SET NAMES utf8mb4 */;\nselect 1;")))
                .containsExactly("/*!40101 SET NAMES utf8mb4 */", "select 1");
    }

    @Test
    void anUnterminatedStringRunsToTheEnd() {
        assertThat(texts(ScriptSplitter.split("select 'abc; select 2"))).containsExactly("select 'abc; select 2");
    }

    @Test
    void theCaretInAStatementOrAtEitherEndOfItChoosesIt() {
        String script = "select 1;\nselect 22;\nselect 333";
        int second = script.indexOf("select 22");

        assertThat(ScriptSplitter.at(script, second + 3)).map(ConsoleStatement::text).hasValue("select 22");
        assertThat(ScriptSplitter.at(script, second)).map(ConsoleStatement::text).hasValue("select 22");
        assertThat(ScriptSplitter.at(script, second + "select 22".length())).map(ConsoleStatement::text).hasValue("select 22");
        assertThat(ScriptSplitter.at(script, script.length())).map(ConsoleStatement::text).hasValue("select 333");
    }

    @Test
    void theCaretBetweenStatementsChoosesTheOneBeforeIt() {
        String script = "select 1;   -- note\n\n/* next */ select 2;\n";

        assertThat(ScriptSplitter.at(script, script.indexOf(';') + 1)).map(ConsoleStatement::text).hasValue("select 1");
        assertThat(ScriptSplitter.at(script, script.indexOf("note"))).map(ConsoleStatement::text).hasValue("select 1");
        assertThat(ScriptSplitter.at(script, script.indexOf("next"))).map(ConsoleStatement::text).hasValue("select 1");
        assertThat(ScriptSplitter.at(script, script.length())).map(ConsoleStatement::text).hasValue("select 2");
    }

    @Test
    void theCaretBeforeTheFirstStatementChoosesIt() {
        String script = "-- header\n\nselect 1; select 2";

        assertThat(ScriptSplitter.at(script, 0)).map(ConsoleStatement::text).hasValue("select 1");
    }

    @Test
    void aScriptWithoutStatementsHasNoneAtTheCaret() {
        assertThat(ScriptSplitter.at("", 0)).isEmpty();
        assertThat(ScriptSplitter.at("  -- nothing yet\n", 5)).isEmpty();
    }
}
