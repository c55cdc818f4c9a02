package dev.rowboat.data.console;

/** One lexical piece of SQL text: {@code text.substring(start, end)}. */
record SqlToken(Kind kind, int start, int end) {

    enum Kind {
        /** A keyword, a name or a number. */
        WORD,
        /** A string literal: {@code '…'}, {@code E'…'}, {@code $$…$$} (and {@code "…"} on MariaDB). */
        STRING,
        /** {@code "…"} or {@code `…`}. */
        QUOTED_NAME,
        COMMENT,
        SEMICOLON,
        /** Any other single character: parentheses, operators, and MariaDB's executable comments {@code /*!…*}{@code /}. */
        SYMBOL,
        BLANK
    }

    /** Whether the database reads it (not a blank or a comment). */
    boolean isCode() {
        return kind != Kind.BLANK && kind != Kind.COMMENT;
    }

    boolean isSymbol(String text, char c) {
        return kind == Kind.SYMBOL && end - start == 1 && text.charAt(start) == c;
    }

    String text(String source) {
        return source.substring(start, end);
    }
}
