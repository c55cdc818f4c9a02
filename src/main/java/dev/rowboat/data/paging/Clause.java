package dev.rowboat.data.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A condition of a grid query in both languages: HQL with named parameters, SQL (null if it has none) with its parameters in marker order. */
record Clause(String hql, Map<String, Object> named, String sql, List<OwnStatement.Parameter> positional) {

    /** Writes a condition in both languages at once, so that the two cannot drift apart. */
    static final class Builder {
        private final StringBuilder hql = new StringBuilder();
        private StringBuilder sql = new StringBuilder();
        private final Map<String, Object> named = new LinkedHashMap<>();
        private final List<OwnStatement.Parameter> positional = new ArrayList<>();

        Builder text(String text) {
            hql.append(text);
            if (sql != null) {
                sql.append(text);
            }
            return this;
        }

        Builder expr(Expr expr) {
            hql.append(expr.hql());
            if (expr.sql() == null) {
                sql = null;
            } else if (sql != null) {
                sql.append(expr.sql());
            }
            return this;
        }

        /** A parameter bound as the values of {@code like} are. */
        Builder param(String name, Object value, Expr like) {
            hql.append(':').append(name);
            named.put(name, value);
            if (sql != null) {
                sql.append('?');
                positional.add(new OwnStatement.Parameter(value, like.type()));
            }
            return this;
        }

        /** A part that only HQL can say. */
        Builder hqlOnly(String text) {
            hql.append(text);
            sql = null;
            return this;
        }

        /** A part that only HQL can say, with the named parameters it binds. */
        Builder hqlOnly(String text, Map<String, Object> parameters) {
            named.putAll(parameters);
            return hqlOnly(text);
        }

        Clause build() {
            return new Clause(hql.toString(), named, sql == null ? null : sql.toString(), positional);
        }
    }
}
