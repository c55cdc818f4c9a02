package dev.rowboat.data.console;

import dev.rowboat.schema.Dbms;

/**
 * What a database's lexer treats as a string or a comment, where that differs. Where the database
 * is unknown ({@link #PORTABLE}) only what no supported database reads otherwise is assumed: {@code '}
 * strings with {@code ''} escapes, {@code --} and {@code /* *}{@code /} comments, {@code $tag$} quotes.
 *
 * @param backslashEscapes a backslash escapes the next character in every string (MariaDB's default)
 * @param hashComments {@code #} starts a comment to the end of the line (MariaDB; PostgreSQL has {@code #} operators)
 * @param dashCommentNeedsSpace {@code --} is a comment only before a blank (MariaDB: {@code 5--1} is arithmetic)
 * @param dollarQuotes {@code $$…$$} and {@code $tag$…$tag$} are strings (PostgreSQL, H2)
 * @param nestedComments block comments nest (PostgreSQL)
 */
record SqlSyntax(boolean backslashEscapes, boolean hashComments, boolean dashCommentNeedsSpace, boolean dollarQuotes,
                 boolean nestedComments) {

    static final SqlSyntax PORTABLE = new SqlSyntax(false, false, false, true, false);

    static SqlSyntax of(Dbms dbms) {
        return switch (dbms) {
            case MARIADB -> new SqlSyntax(true, true, true, false, false);
            case POSTGRESQL -> new SqlSyntax(false, false, false, true, true);
            case H2, SQLITE -> PORTABLE;
        };
    }
}
