package dev.rowboat.ui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the console colours a statement: keywords, strings, quoted names, comments, numbers, and
 * the names of this database's entities and tables. A small scanner rather than a grammar: it
 * must keep up with typing in scripts of any size and never fail on half-written text.
 */
final class SyntaxSpans {
    /** A stretch of text and its style class (from {@code rowboat.css}). */
    record Span(int start, int end, String style) {
    }

    static final Set<String> KEYWORDS = Set.of(
            "select", "from", "where", "and", "or", "not", "in", "is", "null", "like", "between", "order", "by",
            "group", "having", "limit", "offset", "fetch", "first", "next", "rows", "only", "join", "left", "right",
            "inner", "outer", "full", "cross", "on", "as", "distinct", "asc", "desc", "union", "all", "intersect",
            "except", "insert", "into", "values", "update", "set", "delete", "create", "alter", "drop", "table",
            "index", "view", "with", "case", "when", "then", "else", "end", "exists", "count", "sum", "avg", "min",
            "max", "true", "false", "new", "explain", "primary", "key", "foreign", "references", "unique", "default",
            "constraint", "add", "column", "rename", "to", "truncate", "cast", "escape", "nulls", "last", "any",
            "some", "returning", "pragma", "show", "describe", "begin", "commit", "rollback");

    private SyntaxSpans() {
    }

    /** @param names entity, attribute, table and column names, lower-cased */
    static List<Span> of(String text, Set<String> names) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end;
            String style = null;
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                style = "sql-comment";
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                style = "sql-comment";
            } else if (c == '\'' || c == '"' || c == '`') {
                end = closing(text, i, c);
                style = c == '\'' ? "sql-string" : "sql-name";
            } else if (Character.isDigit(c)) {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                style = "sql-number";
            } else if (Character.isLetter(c) || c == '_') {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_' || text.charAt(end) == '$')) {
                    end++;
                }
                String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                style = KEYWORDS.contains(word) ? "sql-keyword" : names.contains(word) ? "sql-name" : null;
            } else {
                end = i + 1;
            }
            if (style != null) {
                spans.add(new Span(i, end, style));
            }
            i = end;
        }
        return spans;
    }

    /** The end of a quoted stretch; a doubled quote is part of it, and an unclosed one runs to the end. */
    private static int closing(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
