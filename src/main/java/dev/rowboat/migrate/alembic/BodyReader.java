package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyExpr.Call;
import dev.rowboat.migrate.alembic.PyExpr.Name;
import dev.rowboat.migrate.alembic.PyToken.Kind;
import java.util.List;

/**
 * The statements of {@code upgrade()} or {@code downgrade()}: {@code op.*} calls, batch blocks,
 * {@code pass}, docstrings and assignments of literal expressions are read; every other line is
 * recorded unread with a reason, and reading goes on after it.
 */
final class BodyReader {
    private final Reading into;
    private final Env env = new Env();
    private final OpReader ops;

    private BodyReader(Reading into) {
        this.into = into;
        this.ops = new OpReader(env, into);
    }

    static void read(List<PyLine> body, Reading into) {
        new BodyReader(into).block(body, null, null);
    }

    private void block(List<PyLine> lines, String batchVar, String batchTable) {
        int i = 0;
        while (i < lines.size()) {
            PyLine line = lines.get(i);
            int end = i + 1;
            while (end < lines.size() && lines.get(end).indent() > line.indent()) {
                end++;
            }
            List<PyLine> inner = lines.subList(i + 1, end);
            if (line.opensBlock()) {
                compound(line, inner, batchVar, batchTable);
            } else {
                statement(line, batchVar, batchTable);
                inner.forEach(l -> into.unread(l, "indented under a line the reader did not follow"));
            }
            i = end;
        }
    }

    private void compound(PyLine header, List<PyLine> inner, String batchVar, String batchTable) {
        List<PyToken> t = header.tokens();
        if (t.get(0).isName("with") && batchVar == null) {
            try {
                PyParser p = PyParser.at(t, 1);
                PyExpr context = p.expression();
                int as = p.end();
                if (context instanceof Call call && call.callee().equals("op.batch_alter_table") && as + 3 == t.size()
                        && t.get(as).isName("as") && t.get(as + 1).kind() == Kind.NAME) {
                    String table = batchTable(call);
                    block(inner, t.get(as + 1).text(), table);
                    return;
                }
            } catch (PyUnsupported e) {
                into.unread(header, e.getMessage());
                inner.forEach(l -> into.unread(l, "inside a block the reader did not follow"));
                return;
            }
        }
        into.unread(header, switch (t.get(0).text()) {
            case "for", "while" -> "a loop";
            case "if", "elif", "else" -> "a condition";
            case "try", "except", "finally" -> "Python error handling";
            case "def", "class" -> "Python of its own (a function or class)";
            case "with" -> "a with block other than op.batch_alter_table";
            default -> "Python the reader does not evaluate";
        });
        inner.forEach(l -> into.unread(l, "inside a block the reader did not follow"));
    }

    private String batchTable(Call call) {
        Args a = new Args(call, env).only(java.util.Set.of("table_name", "schema", "recreate", "partial_reordering",
                "copy_from", "table_args", "table_kwargs", "reflect_args", "reflect_kwargs", "naming_convention"));
        OpReader.defaultSchema(a);
        return a.string(0, "table_name");
    }

    private void statement(PyLine line, String batchVar, String batchTable) {
        List<PyToken> t = line.tokens();
        PyToken first = t.get(0);
        if (t.size() == 1 && first.isName("pass") || t.stream().allMatch(x -> x.kind() == Kind.STRING)) {
            return;
        }
        if (first.isName("import") || first.isName("from")) {
            into.unread(line, "an import: Python the reader does not run");
            return;
        }
        try {
            if (first.kind() == Kind.NAME && t.size() > 2 && t.get(1).isOp("=")) {
                assign(line, first.text());
                return;
            }
            PyExpr e = PyParser.parse(t, 0);
            if (e instanceof Call call && call.callee().startsWith("op.")) {
                ops.read(call, null);
            } else if (e instanceof Call call && batchVar != null && call.callee().startsWith(batchVar + ".")) {
                ops.read(new Call("op" + call.callee().substring(batchVar.length()), call.args(), call.kwargs(), call.line()), batchTable);
            } else if (e instanceof Call call) {
                into.unread(line, call.callee() + "(...) is Python the reader does not run");
            } else {
                into.unread(line, "Python the reader does not evaluate");
            }
        } catch (PyUnsupported e) {
            into.unread(line, e.getMessage());
        }
    }

    /** Binds names to literal expressions and SQLAlchemy constructors; anything else is computation. */
    private void assign(PyLine line, String name) {
        env.forget(name);
        if (name.contains(".")) {
            into.unread(line, "Python the reader does not evaluate");
            return;
        }
        PyExpr value = PyParser.parse(line.tokens(), 2);
        if (!literal(value)) {
            throw new PyUnsupported("a value computed in Python");
        }
        env.bind(name, value);
    }

    private boolean literal(PyExpr e) {
        if (e instanceof Call c) {
            String root = c.callee().substring(0, Math.max(0, c.callee().indexOf('.')));
            boolean constructor = List.of("sa", "sqlalchemy", "postgresql", "mysql", "sqlite").contains(root);
            return constructor && c.args().stream().allMatch(this::literal) && c.kwargs().values().stream().allMatch(this::literal);
        }
        if (e instanceof PyExpr.Seq s) {
            return s.items().stream().allMatch(this::literal);
        }
        if (e instanceof PyExpr.Dict d) {
            return d.keys().stream().allMatch(this::literal) && d.values().stream().allMatch(this::literal);
        }
        return !(e instanceof Name n) || n.dotted().contains(".") || env.resolve(n) != n;
    }
}
