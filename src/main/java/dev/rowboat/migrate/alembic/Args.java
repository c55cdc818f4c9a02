package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyExpr.Call;
import dev.rowboat.migrate.alembic.PyExpr.Const;
import dev.rowboat.migrate.alembic.PyExpr.Name;
import dev.rowboat.migrate.alembic.PyExpr.Num;
import dev.rowboat.migrate.alembic.PyExpr.Seq;
import dev.rowboat.migrate.alembic.PyExpr.Str;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The arguments of one call, read the way Python binds them: a parameter may come by position or
 * by keyword. Values are read as literals; names bound by earlier assignments resolve through the
 * {@link Env}. What is not a literal of the expected kind throws {@link PyUnsupported}.
 */
final class Args {
    private final Call call;
    private final Env env;

    Args(Call call, Env env) {
        this.call = call;
        this.env = env;
    }

    Call call() {
        return call;
    }

    int positional() {
        return call.args().size();
    }

    /** The argument at {@code index} or named {@code keyword}; null when absent. */
    PyExpr get(int index, String keyword) {
        if (index >= 0 && index < call.args().size()) {
            return env.resolve(call.args().get(index));
        }
        PyExpr e = keyword == null ? null : call.kwargs().get(keyword);
        return e == null ? null : env.resolve(e);
    }

    boolean has(String keyword) {
        return call.kwargs().containsKey(keyword);
    }

    /** Refuses keywords outside {@code known}: an option the reader ignored would be a guess. */
    Args only(Set<String> known) {
        for (String k : call.kwargs().keySet()) {
            if (!known.contains(k)) {
                throw new PyUnsupported("the option " + k + "= is not read by Rowboat");
            }
        }
        return this;
    }

    String string(int index, String keyword) {
        String s = optString(index, keyword);
        if (s == null) {
            throw new PyUnsupported(call.callee() + " without " + (keyword == null ? "argument " + (index + 1) : keyword));
        }
        return s;
    }

    /** A string, {@code op.f('name')} (a name as it is), or None. */
    String optString(int index, String keyword) {
        return string(get(index, keyword), env);
    }

    static String string(PyExpr e, Env env) {
        PyExpr v = e == null ? null : env.resolve(e);
        if (v == null || v instanceof Const c && c.value() == null) {
            return null;
        }
        if (v instanceof Str s) {
            return s.value();
        }
        if (v instanceof Call c && (c.callee().endsWith(".f") || c.callee().equals("f")) && c.args().size() == 1 && c.kwargs().isEmpty()) {
            return string(c.args().get(0), env);
        }
        if (v instanceof Call c && (c.callee().endsWith(".text") || c.callee().equals("text"))) {
            throw new PyUnsupported("an SQL expression where a column name belongs (an index on an expression)");
        }
        throw new PyUnsupported("a value computed in Python where a name belongs");
    }

    Boolean bool(int index, String keyword) {
        PyExpr v = get(index, keyword);
        if (v == null) {
            return null;
        }
        if (v instanceof Const c && c.value() != null) {
            return c.value();
        }
        throw new PyUnsupported("a value computed in Python where True or False belongs");
    }

    Integer integer(int index, String keyword) {
        PyExpr v = get(index, keyword);
        if (v == null || v instanceof Const c && c.value() == null) {
            return null;
        }
        if (v instanceof Num n && n.text().matches("-?\\d+")) {
            return Integer.valueOf(n.text());
        }
        throw new PyUnsupported("a value computed in Python where a whole number belongs");
    }

    List<String> strings(int index, String keyword) {
        return strings(get(index, keyword), env);
    }

    static List<String> strings(PyExpr e, Env env) {
        PyExpr v = e == null ? null : env.resolve(e);
        if (v instanceof Seq s) {
            List<String> out = new ArrayList<>();
            for (PyExpr item : s.items()) {
                String text = string(item, env);
                if (text == null) {
                    throw new PyUnsupported("None in a list of names");
                }
                out.add(text);
            }
            return out;
        }
        if (v instanceof Str s) {
            return List.of(s.value());
        }
        throw new PyUnsupported("a value computed in Python where a list of names belongs");
    }

    /** The positional arguments from {@code from} on, resolved. */
    List<PyExpr> rest(int from) {
        return call.args().subList(Math.min(from, call.args().size()), call.args().size()).stream().map(env::resolve).toList();
    }

    static boolean isName(PyExpr e, String dotted) {
        return e instanceof Name n && n.dotted().equals(dotted);
    }
}
