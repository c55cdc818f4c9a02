package dev.rowboat.data.console;

import dev.rowboat.schema.DatabaseException;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The SQL Hibernate sends for an HQL statement, caught on its way to the driver by a statement
 * inspector that stops it there: nothing is run, and it is exactly what would be.
 */
public final class HqlToSql {
    /** Stops the statement once its SQL is known. */
    private static final class Caught extends RuntimeException {
        final String sql;

        Caught(String sql) {
            super(null, null, false, false);
            this.sql = sql;
        }
    }

    private HqlToSql() {
    }

    public static String of(SessionFactoryImplementor factory, String hql) {
        try (Session session = factory.withOptions().statementInspector((java.util.function.UnaryOperator<String>) sql -> {
            throw new Caught(sql);
        }).openSession()) {
            Transaction tx = session.beginTransaction(); // a mutation query wants one; nothing reaches the database
            try {
                if (StatementKind.of(hql) == StatementKind.QUERY) {
                    session.createSelectionQuery(hql, Object.class).getResultList();
                } else {
                    session.createMutationQuery(hql).executeUpdate();
                }
            } catch (RuntimeException e) {
                return caught(e).orElseThrow(() -> e);
            } finally {
                if (tx.isActive()) {
                    tx.rollback();
                }
            }
        }
        throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED, "Hibernate sent no SQL for this statement.");
    }

    private static Optional<String> caught(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Caught c) {
                return Optional.of(c.sql);
            }
        }
        return Optional.empty();
    }
}
