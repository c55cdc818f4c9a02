package dev.rowboat.data.console;

import dev.rowboat.schema.Dbms;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a console statement does, by its first keyword, for the console to decide how to run it
 * (rows to show, a count of changed rows, a transaction to offer to commit). Works for SQL and HQL.
 */
public enum StatementKind {
    /** Returns rows and changes nothing. */
    QUERY,
    /** Changes rows. */
    DML,
    /** Changes the schema (or privileges). */
    DDL,
    /** Begins or ends a transaction. */
    TRANSACTION,
    /** Anything else: settings, procedure calls, maintenance. */
    OTHER;

    private static final Map<String, StatementKind> BY_FIRST_KEYWORD = Map.ofEntries(
            Map.entry("SELECT", QUERY), Map.entry("VALUES", QUERY), Map.entry("TABLE", QUERY), Map.entry("SHOW", QUERY),
            Map.entry("DESCRIBE", QUERY), Map.entry("DESC", QUERY), Map.entry("FROM", QUERY),
            Map.entry("INSERT", DML), Map.entry("UPDATE", DML), Map.entry("DELETE", DML), Map.entry("MERGE", DML),
            Map.entry("REPLACE", DML), Map.entry("UPSERT", DML),
            Map.entry("CREATE", DDL), Map.entry("ALTER", DDL), Map.entry("DROP", DDL), Map.entry("TRUNCATE", DDL),
            Map.entry("RENAME", DDL), Map.entry("COMMENT", DDL), Map.entry("GRANT", DDL), Map.entry("REVOKE", DDL),
            Map.entry("BEGIN", TRANSACTION), Map.entry("START", TRANSACTION), Map.entry("COMMIT", TRANSACTION),
            Map.entry("ROLLBACK", TRANSACTION), Map.entry("SAVEPOINT", TRANSACTION), Map.entry("RELEASE", TRANSACTION),
            Map.entry("END", TRANSACTION));
    private static final Set<String> WRITING_KEYWORDS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");
    /** SQLite pragmas that take a table or index as argument and only read. */
    private static final Set<String> READING_PRAGMAS = Set.of("TABLE_INFO", "TABLE_XINFO", "TABLE_LIST", "INDEX_LIST",
            "INDEX_INFO", "INDEX_XINFO", "FOREIGN_KEY_LIST", "FOREIGN_KEY_CHECK", "INTEGRITY_CHECK", "QUICK_CHECK");

    /** The kind of one statement, SQL or HQL; {@link #OTHER} for text with no keyword. */
    public static StatementKind of(String statementText) {
        List<SqlToken> code = SqlLexer.codeTokens(statementText, SqlSyntax.PORTABLE);
        int first = 0;
        while (first < code.size() && code.get(first).isSymbol(statementText, '(')) {
            first++;
        }
        if (first == code.size() || code.get(first).kind() != SqlToken.Kind.WORD) {
            return OTHER;
        }
        Words words = new Words(statementText, code.subList(first, code.size()));
        return switch (words.upper(0)) {
            case "WITH" -> words.hasWritingKeyword() ? DML : QUERY;
            case "PRAGMA" -> words.isReadingPragma() ? QUERY : OTHER;
            case "EXPLAIN" -> words.explainsAndRunsDml() ? DML : QUERY;
            default -> BY_FIRST_KEYWORD.getOrDefault(words.upper(0), OTHER);
        };
    }

    /**
     * Whether running a statement of this kind on {@code dbms} commits the open transaction at once:
     * DDL on MariaDB and H2, which commit before and after it; PostgreSQL and SQLite roll DDL back
     * with the rest of a transaction.
     */
    public boolean commitsImplicitly(Dbms dbms) {
        return this == DDL && ddlCommitsAtOnce(dbms);
    }

    /** Whether {@code dbms} commits DDL at once (and with it what the transaction did before). */
    public static boolean ddlCommitsAtOnce(Dbms dbms) {
        return dbms == Dbms.MARIADB || dbms == Dbms.H2;
    }

    /** The code tokens of a statement from its first keyword on, read as words. */
    private record Words(String text, List<SqlToken> tokens) {

        String upper(int index) {
            SqlToken token = tokens.get(index);
            return token.kind() == SqlToken.Kind.WORD ? token.text(text).toUpperCase(Locale.ROOT) : "";
        }

        boolean symbolAt(int index, char c) {
            return index >= 0 && index < tokens.size() && tokens.get(index).isSymbol(text, c);
        }

        /**
         * A data-modifying CTE ({@code WITH d AS (DELETE … RETURNING *) SELECT …}) or a WITH before
         * an INSERT. The keyword as a function ({@code insert(…)}), a qualified name ({@code t.update})
         * or a row lock ({@code FOR UPDATE}, {@code FOR NO KEY UPDATE}) does not count.
         */
        boolean hasWritingKeyword() {
            for (int i = 1; i < tokens.size(); i++) {
                String word = upper(i);
                if (WRITING_KEYWORDS.contains(word) && !symbolAt(i - 1, '.') && !symbolAt(i + 1, '(')
                        && !(word.equals("UPDATE") && (upper(i - 1).equals("FOR") || upper(i - 1).equals("KEY")))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@code PRAGMA name} reads a setting; {@code PRAGMA name = value} and {@code PRAGMA name(value)}
         * set it, except for the pragmas whose argument is what to read about ({@code table_info(user)}).
         */
        boolean isReadingPragma() {
            int name = 1;
            if (symbolAt(name + 1, '.')) {
                name += 2; // schema.pragma
            }
            if (name >= tokens.size()) {
                return true;
            }
            for (int i = name + 1; i < tokens.size(); i++) {
                if (symbolAt(i, '=')) {
                    return false;
                }
            }
            boolean argument = symbolAt(name + 1, '(') && name + 2 < tokens.size() && !symbolAt(name + 2, ')');
            return !argument || READING_PRAGMAS.contains(upper(name));
        }

        /** {@code EXPLAIN ANALYZE} (PostgreSQL, H2) runs the statement it explains. */
        boolean explainsAndRunsDml() {
            boolean analyze = false;
            int depth = 0;
            for (int i = 1; i < tokens.size(); i++) {
                String word = upper(i);
                if (symbolAt(i, '(')) {
                    depth++;
                } else if (symbolAt(i, ')')) {
                    depth--;
                } else if (word.equals("ANALYZE") || word.equals("ANALYSE")) {
                    analyze = true;
                } else if (depth == 0 && (BY_FIRST_KEYWORD.containsKey(word) || word.equals("WITH"))) {
                    String explained = text.substring(tokens.get(i).start());
                    return analyze && of(explained) == DML;
                }
            }
            return false;
        }
    }
}
