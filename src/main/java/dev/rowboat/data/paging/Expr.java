package dev.rowboat.data.paging;

import java.util.Optional;
import org.hibernate.metamodel.mapping.JdbcMapping;

/** An expression of a grid query in both languages: the SQL is null where the mapping gives it no single column. */
record Expr(String hql, String sql, JdbcMapping type) {
    static Expr of(String hql, Optional<SqlColumns.Column> column, String alias) {
        return column.map(c -> new Expr(hql, alias + "." + c.name(), c.type())).orElseGet(() -> new Expr(hql, null, null));
    }
}
