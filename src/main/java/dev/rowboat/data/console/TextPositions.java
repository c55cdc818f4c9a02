package dev.rowboat.data.console;

import java.util.List;
import java.util.OptionalInt;

/** Offsets in a statement's text from what error messages give: lines and columns, tokens, names. */
final class TextPositions {

    private TextPositions() {
    }

    /** The offset of the {@code codePoints}-th code point (from 0), or empty when the text is shorter. */
    static OptionalInt ofCodePoint(String text, int from, int codePoints) {
        if (codePoints < 0 || from > text.length() || text.codePointCount(from, text.length()) < codePoints) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(text.offsetByCodePoints(from, codePoints));
    }

    /** Where a 1-based line starts (lines end at {@code \n}); empty past the last line. */
    static OptionalInt lineStart(String text, int line) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                return OptionalInt.empty();
            }
            start = newline + 1;
        }
        return line < 1 ? OptionalInt.empty() : OptionalInt.of(start);
    }

    /** Line (from 1) and column (from 0, in code points, as ANTLR counts) to an offset. */
    static OptionalInt ofLineAndColumn(String text, int line, int column) {
        OptionalInt start = lineStart(text, line);
        return start.isPresent() ? ofCodePoint(text, start.getAsInt(), column) : OptionalInt.empty();
    }

    /**
     * Where {@code token} first starts a token of the text that is code (or, when it begins with a
     * quote, a string or quoted name), searching from {@code from}. Inside comments it is never found,
     * and a word is found whole: {@code frm} is not in {@code frmx}.
     */
    static OptionalInt findToken(String text, String token, int from, boolean ignoreCase, SqlSyntax syntax) {
        if (token.isEmpty()) {
            return OptionalInt.empty();
        }
        boolean quoted = "'\"`".indexOf(token.charAt(0)) >= 0;
        List<SqlToken> tokens = SqlLexer.tokens(text, syntax);
        for (SqlToken candidate : tokens) {
            boolean literal = candidate.kind() == SqlToken.Kind.STRING || candidate.kind() == SqlToken.Kind.QUOTED_NAME;
            int at = candidate.start();
            if (at < from || !candidate.isCode() || literal != quoted || !text.regionMatches(ignoreCase, at, token, 0, token.length())) {
                continue;
            }
            int after = at + token.length();
            boolean cutsAWord = SqlLexer.isNameChar(token.charAt(token.length() - 1)) && after < text.length()
                    && SqlLexer.isNameChar(text.charAt(after));
            if (!cutsAWord) {
                return OptionalInt.of(at);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Where a name a message reports first appears: as written, quoted, or, when qualified
     * ({@code test.nosuch}), by its last part. Case is ignored, as messages fold it (H2 {@code "NOSUCH"}).
     */
    static OptionalInt findName(String text, String name, SqlSyntax syntax) {
        for (String form : List.of(name, '"' + name + '"', '`' + name + '`')) {
            OptionalInt at = findToken(text, form, 0, true, syntax);
            if (at.isPresent()) {
                return at;
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? findName(text, name.substring(dot + 1), syntax) : OptionalInt.empty();
    }

    /** After a dot (a path: {@code u.nmae}) if it appears so, else anywhere as a name. */
    static OptionalInt findAttribute(String text, String name, SqlSyntax syntax) {
        List<SqlToken> code = SqlLexer.codeTokens(text, syntax);
        for (int i = 1; i < code.size(); i++) {
            SqlToken token = code.get(i);
            if (code.get(i - 1).isSymbol(text, '.') && token.text(text).equalsIgnoreCase(name)) {
                return OptionalInt.of(token.start());
            }
        }
        return findName(text, name, syntax);
    }
}
