package dev.rowboat.data.console;

import dev.rowboat.data.console.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts SQL (or HQL) text into tokens, only as finely as the console needs: enough to know what is
 * a string, a quoted name or a comment, so that a {@code ;} or a keyword inside one is not taken for
 * code. Unterminated strings and comments run to the end of the text, as the database would read them.
 */
final class SqlLexer {
    private final String text;
    private final SqlSyntax syntax;
    private int pos;

    private SqlLexer(String text, SqlSyntax syntax) {
        this.text = text;
        this.syntax = syntax;
    }

    static List<SqlToken> tokens(String text, SqlSyntax syntax) {
        return new SqlLexer(text, syntax).all();
    }

    /** The tokens the database reads, without blanks and comments. */
    static List<SqlToken> codeTokens(String text, SqlSyntax syntax) {
        return tokens(text, syntax).stream().filter(SqlToken::isCode).toList();
    }

    static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private List<SqlToken> all() {
        List<SqlToken> tokens = new ArrayList<>();
        while (pos < text.length()) {
            int start = pos;
            Kind kind = next();
            tokens.add(new SqlToken(kind, start, pos));
        }
        return tokens;
    }

    private Kind next() {
        char c = text.charAt(pos);
        if (Character.isWhitespace(c)) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            return Kind.BLANK;
        }
        if (startsLineComment()) {
            int newline = text.indexOf('\n', pos);
            pos = newline < 0 ? text.length() : newline;
            return Kind.COMMENT;
        }
        if (text.startsWith("/*", pos)) {
            boolean executable = text.startsWith("/*!", pos) || text.startsWith("/*M!", pos);
            blockComment();
            return executable ? Kind.SYMBOL : Kind.COMMENT;
        }
        switch (c) {
            case ';' -> {
                pos++;
                return Kind.SEMICOLON;
            }
            case '\'' -> {
                quoted('\'', syntax.backslashEscapes());
                return Kind.STRING;
            }
            case '"' -> {
                quoted('"', syntax.backslashEscapes());
                return syntax.backslashEscapes() ? Kind.STRING : Kind.QUOTED_NAME;
            }
            case '`' -> {
                quoted('`', false);
                return Kind.QUOTED_NAME;
            }
            case '$' -> {
                if (syntax.dollarQuotes() && dollarQuoted()) {
                    return Kind.STRING;
                }
            }
            default -> {
                if (isNameChar(c)) {
                    return word();
                }
            }
        }
        pos++;
        return Kind.SYMBOL;
    }

    private boolean startsLineComment() {
        if (syntax.hashComments() && text.charAt(pos) == '#') {
            return true;
        }
        if (!text.startsWith("--", pos)) {
            return false;
        }
        return !syntax.dashCommentNeedsSpace() || pos + 2 == text.length() || Character.isWhitespace(text.charAt(pos + 2));
    }

    private void blockComment() {
        int depth = 0;
        while (pos < text.length()) {
            if (text.startsWith("/*", pos) && (depth == 0 || syntax.nestedComments())) {
                depth++;
                pos += 2;
            } else if (text.startsWith("*/", pos)) {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    /** From an opening quote past its closing one; a doubled quote stands for itself. */
    private void quoted(char quote, boolean backslashEscapes) {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
            } else if (c == quote) {
                pos++;
                if (pos < text.length() && text.charAt(pos) == quote) {
                    pos++;
                } else {
                    return;
                }
            } else {
                pos++;
            }
        }
        pos = text.length();
    }

    /** A {@code $tag$ … $tag$} string; false (nothing consumed) for a parameter like {@code $1}. */
    private boolean dollarQuoted() {
        int tagEnd = pos + 1;
        while (tagEnd < text.length() && (Character.isLetter(text.charAt(tagEnd)) || text.charAt(tagEnd) == '_'
                || (tagEnd > pos + 1 && Character.isDigit(text.charAt(tagEnd))))) {
            tagEnd++;
        }
        if (tagEnd >= text.length() || text.charAt(tagEnd) != '$') {
            return false;
        }
        String tag = text.substring(pos, tagEnd + 1);
        int close = text.indexOf(tag, tagEnd + 1);
        pos = close < 0 ? text.length() : close + tag.length();
        return true;
    }

    private Kind word() {
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        // PostgreSQL's E'…' strings take backslash escapes whatever the server's settings
        if (pos - start == 1 && (text.charAt(start) == 'E' || text.charAt(start) == 'e')
                && pos < text.length() && text.charAt(pos) == '\'') {
            quoted('\'', true);
            return Kind.STRING;
        }
        return Kind.WORD;
    }
}
