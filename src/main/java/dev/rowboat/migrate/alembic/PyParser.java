package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyExpr.Call;
import dev.rowboat.migrate.alembic.PyExpr.Const;
import dev.rowboat.migrate.alembic.PyExpr.Dict;
import dev.rowboat.migrate.alembic.PyExpr.Name;
import dev.rowboat.migrate.alembic.PyExpr.Num;
import dev.rowboat.migrate.alembic.PyExpr.Seq;
import dev.rowboat.migrate.alembic.PyExpr.Str;
import dev.rowboat.migrate.alembic.PyToken.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the literal expressions of {@link PyExpr} from tokens. Anything else (operators,
 * subscripts, comprehensions, lambdas, formatted strings) throws {@link PyUnsupported}.
 */
final class PyParser {
    private final List<PyToken> tokens;
    private int pos;
    /** Inside brackets a comma separates items; outside, it makes a bare tuple. */
    private boolean inBrackets;

    private PyParser(List<PyToken> tokens, int from) {
        this.tokens = tokens;
        this.pos = from;
    }

    /** The whole of {@code tokens[from..]} as one expression. */
    static PyExpr parse(List<PyToken> tokens, int from) {
        PyParser p = new PyParser(tokens, from);
        PyExpr e = p.expression();
        if (p.pos < tokens.size()) {
            throw new PyUnsupported(describe(tokens.get(p.pos)));
        }
        return e;
    }

    /** An expression starting at {@code from}; {@link #end()} tells where it stopped. */
    static PyParser at(List<PyToken> tokens, int from) {
        return new PyParser(tokens, from);
    }

    PyExpr expression() {
        PyExpr first = postfix();
        if (peekOp(",") && !inBrackets) {
            // a bare tuple: revision ids of a merge written without brackets
            List<PyExpr> items = new ArrayList<>(List.of(first));
            while (peekOp(",")) {
                pos++;
                if (pos >= tokens.size() || peekOp("=") || peekOp(":")) {
                    break;
                }
                items.add(postfix());
            }
            return new Seq(items, true, first.line());
        }
        return first;
    }

    int end() {
        return pos;
    }

    private PyExpr postfix() {
        PyExpr e = atom();
        while (pos < tokens.size()) {
            if (peekOp(".")) {
                pos++;
                PyToken name = expect(Kind.NAME);
                if (!(e instanceof Name n)) {
                    throw new PyUnsupported("an attribute of a computed value");
                }
                e = new Name(n.dotted() + "." + name.text(), n.line());
            } else if (peekOp("(")) {
                if (!(e instanceof Name n)) {
                    throw new PyUnsupported("a call of a computed value");
                }
                e = call(n);
            } else if (peekOp("[")) {
                throw new PyUnsupported("a subscript");
            } else {
                break;
            }
        }
        return e;
    }

    private Call call(Name callee) {
        pos++;
        List<PyExpr> args = new ArrayList<>();
        Map<String, PyExpr> kwargs = new LinkedHashMap<>();
        while (!peekOp(")")) {
            if (peekOp("*") || peekOp("**")) {
                throw new PyUnsupported("arguments unpacked with * or **");
            }
            if (peek().kind() == Kind.NAME && pos + 1 < tokens.size() && tokens.get(pos + 1).isOp("=")) {
                String key = tokens.get(pos).text();
                pos += 2;
                kwargs.put(key, inner());
            } else {
                if (!kwargs.isEmpty()) {
                    throw new PyUnsupported("a positional argument after keyword arguments");
                }
                args.add(inner());
            }
            if (!peekOp(")")) {
                expectOp(",");
            }
        }
        pos++;
        return new Call(callee.dotted(), args, kwargs, callee.line());
    }

    private PyExpr inner() {
        boolean outer = inBrackets;
        inBrackets = true;
        try {
            PyExpr e = postfix();
            if (pos < tokens.size() && tokens.get(pos).isName("for")) {
                throw new PyUnsupported("a comprehension");
            }
            return e;
        } finally {
            inBrackets = outer;
        }
    }

    private PyExpr atom() {
        PyToken t = peek();
        switch (t.kind()) {
            case STRING -> {
                StringBuilder s = new StringBuilder();
                while (pos < tokens.size() && peek().kind() == Kind.STRING) {
                    if (peek().formatted()) {
                        throw new PyUnsupported("a formatted string (f-string)");
                    }
                    s.append(tokens.get(pos++).text());
                }
                return new Str(s.toString(), t.line());
            }
            case NUMBER -> {
                pos++;
                return new Num(t.text().replace("_", ""), t.line());
            }
            case NAME -> {
                pos++;
                return switch (t.text()) {
                    case "True" -> new Const(Boolean.TRUE, t.line());
                    case "False" -> new Const(Boolean.FALSE, t.line());
                    case "None" -> new Const(null, t.line());
                    case "lambda", "not", "await", "yield" -> throw new PyUnsupported("Python the reader does not evaluate ('" + t.text() + "')");
                    default -> new Name(t.text(), t.line());
                };
            }
            default -> {
                return bracketOrSign(t);
            }
        }
    }

    private PyExpr bracketOrSign(PyToken t) {
        if (t.isOp("-") && pos + 1 < tokens.size() && tokens.get(pos + 1).kind() == Kind.NUMBER) {
            pos += 2;
            return new Num("-" + tokens.get(pos - 1).text().replace("_", ""), t.line());
        }
        if (t.isOp("(") || t.isOp("[")) {
            String close = t.isOp("(") ? ")" : "]";
            pos++;
            List<PyExpr> items = new ArrayList<>();
            boolean comma = false;
            while (!peekOp(close)) {
                items.add(inner());
                if (!peekOp(close)) {
                    expectOp(",");
                    comma = true;
                }
            }
            pos++;
            if (t.isOp("(") && items.size() == 1 && !comma) {
                return items.get(0);
            }
            return new Seq(items, t.isOp("("), t.line());
        }
        if (t.isOp("{")) {
            pos++;
            List<PyExpr> keys = new ArrayList<>();
            List<PyExpr> values = new ArrayList<>();
            while (!peekOp("}")) {
                keys.add(inner());
                expectOp(":");
                values.add(inner());
                if (!peekOp("}")) {
                    expectOp(",");
                }
            }
            pos++;
            return new Dict(keys, values, t.line());
        }
        throw new PyUnsupported(describe(t));
    }

    private PyToken peek() {
        if (pos >= tokens.size()) {
            throw new PyUnsupported("an incomplete expression");
        }
        return tokens.get(pos);
    }

    private boolean peekOp(String op) {
        return pos < tokens.size() && tokens.get(pos).isOp(op);
    }

    private PyToken expect(Kind kind) {
        PyToken t = peek();
        if (t.kind() != kind) {
            throw new PyUnsupported(describe(t));
        }
        pos++;
        return t;
    }

    private void expectOp(String op) {
        PyToken t = peek();
        if (!t.isOp(op)) {
            throw new PyUnsupported(describe(t));
        }
        pos++;
    }

    private static String describe(PyToken t) {
        if (t.kind() == Kind.OP) {
            return "an expression with '" + t.text() + "', which the reader does not evaluate";
        }
        return "Python the reader does not evaluate ('" + t.text() + "')";
    }
}
