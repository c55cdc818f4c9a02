package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyExpr.Name;
import java.util.HashMap;
import java.util.Map;

/**
 * The local names of one {@code upgrade()} or {@code downgrade()} bound to literal expressions
 * ({@code t = sa.table('user', ...)}), so a later {@code op.bulk_insert(t, ...)} can read them.
 */
final class Env {
    private final Map<String, PyExpr> values = new HashMap<>();

    void bind(String name, PyExpr value) {
        values.put(name, resolve(value));
    }

    void forget(String name) {
        values.remove(name);
    }

    /** The bound value of a plain local name; any other expression as it is. */
    PyExpr resolve(PyExpr e) {
        if (e instanceof Name n && !n.dotted().contains(".") && values.containsKey(n.dotted())) {
            return values.get(n.dotted());
        }
        return e;
    }
}
