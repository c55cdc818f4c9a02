package dev.rowboat.data.console;

import dev.rowboat.schema.Dbms;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbc.JdbcException;
import org.hibernate.JDBCException;
import org.hibernate.QueryException;
import org.hibernate.query.SemanticException;
import org.hibernate.query.sqm.PathElementException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Where in a statement a failure points, for the console to put the caret there: from PostgreSQL's
 * error position, H2's {@code [*]} marker, the token SQLite and MariaDB quote, the line and column of
 * an HQL syntax error, or the name an HQL semantic error could not resolve.
 */
public final class ErrorPositions {
    private static final Pattern PGJDBC_UNTERMINATED = Pattern.compile("^Unterminated .* started at position (\\d+) in SQL");
    private static final Pattern H2_NAME_NOT_FOUND = Pattern.compile("^(?:Column|Table|Schema|Sequence|Function|Index) \"(.+?)\" not found");
    private static final Pattern SQLITE_NEAR = Pattern.compile("near \"(.*)\": syntax error");
    private static final Pattern SQLITE_UNRECOGNIZED = Pattern.compile("unrecognized token: \"(.*)\"");
    private static final Pattern SQLITE_NO_SUCH = Pattern.compile("no such (?:column|table|function): ([^)\\s]+)");
    private static final Pattern MARIADB_NEAR = Pattern.compile("near '(.*)' at line (\\d+)", Pattern.DOTALL);
    private static final Pattern MARIADB_NAME = Pattern.compile("^(?:\\(conn=\\d+\\) )?(?:Unknown column|Table|Unknown table) '([^']+)'");
    private static final Pattern HQL_LINE_COLUMN = Pattern.compile("^At (\\d+):(\\d+) and token");
    private static final Pattern HQL_ATTRIBUTE = Pattern.compile("^Could not (?:resolve|interpret) attribute '([^']+)'");
    private static final Pattern HQL_NAME = Pattern.compile(
            "^Could not (?:resolve root entity|interpret path expression) '([^']+)'");

    private ErrorPositions() {
    }

    /**
     * The 0-based offset in {@code statementText} the failure (or a cause of it) points at; the
     * text's length when it points past the end (input ended too soon). Empty when none does.
     */
    public static OptionalInt of(Dbms dbms, String statementText, Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean sentAsWritten = true;
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof JDBCException jdbc && jdbc.getSQL() != null) {
                // SQL that Hibernate made from HQL: a position in it is no position in the HQL
                sentAsWritten = jdbc.getSQL().startsWith(statementText.strip());
            }
            OptionalInt found = pointedAtBy(dbms, statementText, t, sentAsWritten);
            if (found.isPresent()) {
                return found;
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt pointedAtBy(Dbms dbms, String text, Throwable t, boolean sentAsWritten) {
        if (t instanceof PSQLException pg) {
            return sentAsWritten ? postgres(text, pg) : OptionalInt.empty();
        }
        if (t instanceof JdbcException h2) {
            return h2(text, h2.getOriginalMessage());
        }
        if (t instanceof SQLException sql && sql.getMessage() != null) {
            return switch (dbms) {
                case SQLITE -> sqlite(text, sql.getMessage());
                case MARIADB -> mariadb(text, sql.getMessage());
                default -> OptionalInt.empty();
            };
        }
        if (t instanceof QueryException || t instanceof PathElementException) {
            return hql(text, t);
        }
        return OptionalInt.empty();
    }

    private static OptionalInt postgres(String text, PSQLException failure) {
        ServerErrorMessage server = failure.getServerErrorMessage();
        if (server != null && server.getPosition() > 0) {
            // the server counts characters (code points) from 1
            return TextPositions.ofCodePoint(text, 0, server.getPosition() - 1);
        }
        // the driver's own parser stops at an unterminated quote or comment before sending anything
        Matcher unterminated = PGJDBC_UNTERMINATED.matcher(String.valueOf(failure.getMessage()));
        if (unterminated.find()) {
            int at = Integer.parseInt(unterminated.group(1));
            return at <= text.length() ? OptionalInt.of(at) : OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    private static OptionalInt h2(String text, String message) {
        if (message == null) {
            return OptionalInt.empty();
        }
        OptionalInt marker = H2ErrorText.markerOffset(message, text);
        if (marker.isPresent()) {
            return marker;
        }
        Matcher name = H2_NAME_NOT_FOUND.matcher(message);
        return name.find() ? TextPositions.findName(text, name.group(1).replace("\"\"", "\""), SqlSyntax.of(Dbms.H2))
                : OptionalInt.empty();
    }

    private static OptionalInt sqlite(String text, String message) {
        SqlSyntax syntax = SqlSyntax.of(Dbms.SQLITE);
        for (Pattern tokenPattern : new Pattern[] {SQLITE_NEAR, SQLITE_UNRECOGNIZED}) {
            Matcher token = tokenPattern.matcher(message);
            if (token.find()) {
                // SQLite names the token, not where it is: its first appearance is the best guess
                return TextPositions.findToken(text, token.group(1), 0, false, syntax);
            }
        }
        Matcher name = SQLITE_NO_SUCH.matcher(message);
        if (name.find()) {
            return TextPositions.findName(text, name.group(1), syntax);
        }
        return message.contains("incomplete input") ? OptionalInt.of(text.length()) : OptionalInt.empty();
    }

    /** MariaDB quotes the text from the error on (up to 80 characters, then {@code ...}), with its line. */
    private static OptionalInt mariadb(String text, String message) {
        SqlSyntax syntax = SqlSyntax.of(Dbms.MARIADB);
        Matcher near = MARIADB_NEAR.matcher(message);
        if (near.find()) {
            String snippet = near.group(1);
            OptionalInt lineStart = TextPositions.lineStart(text, Integer.parseInt(near.group(2)));
            if (snippet.isEmpty()) {
                return OptionalInt.of(text.length());
            }
            int from = lineStart.orElse(0);
            int at = text.indexOf(snippet, from);
            if (at < 0 && snippet.endsWith("...")) {
                at = text.indexOf(snippet.substring(0, snippet.length() - 3), from);
            }
            return at >= 0 ? OptionalInt.of(at) : OptionalInt.empty();
        }
        Matcher name = MARIADB_NAME.matcher(message);
        return name.find() ? TextPositions.findName(text, name.group(1), syntax) : OptionalInt.empty();
    }

    private static OptionalInt hql(String text, Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        Matcher lineColumn = HQL_LINE_COLUMN.matcher(message);
        if (lineColumn.find()) {
            return TextPositions.ofLineAndColumn(text, Integer.parseInt(lineColumn.group(1)), Integer.parseInt(lineColumn.group(2)));
        }
        if (!(failure instanceof SemanticException || failure instanceof PathElementException)) {
            return OptionalInt.empty();
        }
        Matcher attribute = HQL_ATTRIBUTE.matcher(message);
        if (attribute.find()) {
            return TextPositions.findAttribute(text, attribute.group(1), SqlSyntax.PORTABLE);
        }
        Matcher name = HQL_NAME.matcher(message);
        return name.find() ? TextPositions.findName(text, name.group(1), SqlSyntax.PORTABLE) : OptionalInt.empty();
    }
}
