package dev.rowboat.data.console;

import dev.rowboat.schema.Dbms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a console script into statements at each {@code ;} that is code: not inside a string, a
 * quoted name, a comment or a {@code $$} string. Statements with nothing but blanks and comments are
 * dropped. Scripts that change the delimiter ({@code DELIMITER //}) or have {@code BEGIN ATOMIC} bodies
 * are not understood.
 */
public final class ScriptSplitter {

    private ScriptSplitter() {
    }

    /** The statements by the rules every supported database shares ({@code ''} escapes only, no {@code #} comments). */
    public static List<ConsoleStatement> split(String script) {
        return split(script, SqlSyntax.PORTABLE);
    }

    /**
     * The statements as {@code dbms} reads them: on MariaDB, backslash escapes in strings and
     * {@code #} comments, so that {@code 'it\'s; fine'} stays one string.
     */
    public static List<ConsoleStatement> split(String script, Dbms dbms) {
        return split(script, SqlSyntax.of(dbms));
    }

    /**
     * The statement the caret is in. On blanks or comments between statements, the one just before
     * (the one a person has just typed); before the first statement, the first. Empty when the script
     * has none. A caret outside the script is taken as its nearest end.
     */
    public static Optional<ConsoleStatement> at(String script, int caret) {
        return at(split(script), caret);
    }

    /** The same, as {@code dbms} reads the script. */
    public static Optional<ConsoleStatement> at(String script, int caret, Dbms dbms) {
        return at(split(script, dbms), caret);
    }

    private static Optional<ConsoleStatement> at(List<ConsoleStatement> statements, int caret) {
        ConsoleStatement before = null;
        for (ConsoleStatement statement : statements) {
            if (statement.contains(caret)) {
                return Optional.of(statement);
            }
            if (statement.end() < caret) {
                before = statement;
            } else {
                return Optional.of(before != null ? before : statement);
            }
        }
        return Optional.ofNullable(before);
    }

    private static List<ConsoleStatement> split(String script, SqlSyntax syntax) {
        List<ConsoleStatement> statements = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (SqlToken token : SqlLexer.tokens(script, syntax)) {
            if (token.kind() == SqlToken.Kind.SEMICOLON) {
                addIfAny(statements, script, first, last);
                first = -1;
            } else if (token.isCode()) {
                if (first < 0) {
                    first = token.start();
                }
                last = token.end();
            }
        }
        addIfAny(statements, script, first, last);
        return List.copyOf(statements);
    }

    private static void addIfAny(List<ConsoleStatement> statements, String script, int first, int last) {
        if (first >= 0) {
            statements.add(new ConsoleStatement(script.substring(first, last), first, last));
        }
    }
}
