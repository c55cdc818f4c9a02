package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits Python source into logical lines of tokens, as Python's own tokenizer does: comments
 * dropped, lines joined inside brackets and after a backslash, strings decoded. It reads any
 * Python (the parser decides what it understands); only source Python itself would reject fails.
 */
final class PyLexer {
    private static final String[] OPERATORS = {"**=", "//=", ">>=", "<<=", "...", "->", "**", "//", "==", "!=", "<=", ">=",
        "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="};

    private final String src;
    private final String fileName;
    private int pos;
    private int line = 1;

    private PyLexer(String src, String fileName) {
        this.src = src.replace("\r\n", "\n").replace('\r', '\n');
        this.fileName = fileName;
    }

    /** @throws PySyntaxError for an unterminated string or unbalanced brackets */
    static List<PyLine> lines(String source, String fileName) {
        return new PyLexer(source, fileName).all();
    }

    private List<PyLine> all() {
        List<PyLine> result = new ArrayList<>();
        List<PyToken> tokens = new ArrayList<>();
        int depth = 0;
        int startLine = 0;
        int startPos = 0;
        int indent = 0;
        int lineStart = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
                if (depth == 0 && !tokens.isEmpty()) {
                    result.add(new PyLine(startLine, indent, tokens, src.substring(startPos, pos - 1).strip()));
                    tokens = new ArrayList<>();
                }
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2;
                line++;
            } else {
                if (tokens.isEmpty()) {
                    startLine = line;
                    startPos = pos;
                    indent = column(lineStart, pos);
                }
                PyToken t = next();
                if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                    depth++;
                } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                    if (--depth < 0) {
                        throw new PySyntaxError(fileName + ", line " + t.line() + ": '" + t.text() + "' closes no bracket");
                    }
                }
                tokens.add(t);
            }
        }
        if (depth > 0) {
            throw new PySyntaxError(fileName + ", line " + startLine + ": a bracket opened here is never closed");
        }
        if (!tokens.isEmpty()) {
            result.add(new PyLine(startLine, indent, tokens, src.substring(startPos).strip()));
        }
        return result;
    }

    private int column(int from, int to) {
        int col = 0;
        for (int i = from; i < to; i++) {
            col = src.charAt(i) == '\t' ? (col / 8 + 1) * 8 : col + 1;
        }
        return col;
    }

    private PyToken next() {
        char c = src.charAt(pos);
        int start = pos;
        if (Character.isLetter(c) || c == '_') {
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            String word = src.substring(start, pos);
            if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && isPrefix(word)) {
                return string(word.toLowerCase(Locale.ROOT));
            }
            return new PyToken(Kind.NAME, word, line, false);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
            while (pos < src.length() && partOfNumber(start)) {
                pos++;
            }
            return new PyToken(Kind.NUMBER, src.substring(start, pos), line, false);
        }
        if (c == '\'' || c == '"') {
            return string("");
        }
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                return new PyToken(Kind.OP, op, line, false);
            }
        }
        pos++;
        return new PyToken(Kind.OP, String.valueOf(c), line, false);
    }

    /** Digits, letters of hex and suffixes, '_', '.', and the sign of a decimal exponent. */
    private boolean partOfNumber(int start) {
        char c = src.charAt(pos);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
            return true;
        }
        char before = src.charAt(pos - 1);
        boolean hex = src.substring(start, pos).toLowerCase(Locale.ROOT).startsWith("0x");
        return (c == '-' || c == '+') && (before == 'e' || before == 'E') && !hex;
    }

    private static boolean isPrefix(String word) {
        return word.length() <= 2 && word.toLowerCase(Locale.ROOT).matches("[rbuf]|[rb][rbf]|f[r]|r[f]|b[r]|r[b]");
    }

    private PyToken string(String prefix) {
        int startLine = line;
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
        String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        pos += close.length();
        boolean raw = prefix.contains("r");
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= src.length() || (!triple && src.charAt(pos) == '\n')) {
                throw new PySyntaxError(fileName + ", line " + startLine + ": a string starting here is never closed");
            }
            if (src.startsWith(close, pos)) {
                pos += close.length();
                return new PyToken(Kind.STRING, value.toString(), startLine, prefix.contains("f"));
            }
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char e = src.charAt(pos + 1);
                if (e == '\n') {
                    line++;
                }
                if (raw) {
                    value.append(c).append(e);
                } else {
                    pos = PyEscapes.decode(src, pos, value);
                    continue;
                }
                pos += 2;
                continue;
            }
            value.append(c);
            pos++;
        }
    }
}
