package dev.rowboat.data.console;

import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.paging.JdbcValues;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.query.SelectionQuery;

/**
 * Runs what a person types in the query console, HQL or the database's SQL. Nothing it runs is
 * committed here: queries and trial writes run in a transaction that is rolled back, so even a
 * query with side effects leaves the database as it was. A write joins the unit of work and runs
 * again at Save ({@link dev.rowboat.data.edit.ConsoleWrite}); only {@link #runNow} commits, for
 * DDL on databases that commit it anyway. Read-only connections are refused by the database.
 */
public final class QueryConsole {
    /**
     * The most rows one result of a query that cannot be paged by key keeps: beyond it the console
     * says so instead of holding an unbounded result. Whole-entity queries are grids, without it.
     */
    public static final int CAP = 10_000;

    private final SessionFactoryImplementor factory;
    private final Dbms dbms;
    private final Supplier<EntityCatalog> catalog;

    public QueryConsole(SessionFactoryImplementor factory, Dbms dbms, Supplier<EntityCatalog> catalog) {
        this.factory = factory;
        this.dbms = dbms;
        this.catalog = catalog;
    }

    public Dbms dbms() {
        return dbms;
    }

    /** The query as an entity's grid, when it selects whole rows of one entity; see {@link EntityQueries}. */
    public Optional<EntityQuery> entityQuery(String hql) {
        return inRolledBack(QueryCancel.none(), session -> EntityQueries.of(session, hql, catalog.get()));
    }

    /**
     * One page of a query's rows: {@code limit} rows after {@code offset}. A query is run again for
     * each page (offset and limit for HQL, rows skipped for SQL), so no cursor stays open between pages.
     */
    public ResultPage select(Language language, String text, int offset, int limit, QueryCancel cancel) {
        return inRolledBack(cancel, session -> page(session, language, text, offset, limit, cancel));
    }

    /**
     * What a query shows first, in one session: an entity's grid where HQL selects whole rows of
     * one entity ({@link #entityQuery}), else its first {@code limit} rows.
     */
    public FirstResult first(Language language, String text, int limit, QueryCancel cancel) {
        return inRolledBack(cancel, session -> {
            Optional<EntityQuery> entity = language == Language.HQL ? EntityQueries.of(session, text, catalog.get()) : Optional.empty();
            return entity.map(e -> new FirstResult(e, null)).orElseGet(() -> new FirstResult(null, page(session, language, text, 0, limit, cancel)));
        });
    }

    /** A query's first result: an entity's rows to show as its grid, or a page of plain rows (the other null). */
    public record FirstResult(EntityQuery entity, ResultPage page) {
    }

    private ResultPage page(Session session, Language language, String text, int offset, int limit, QueryCancel cancel) {
        long start = System.nanoTime();
        ResultPage page = language == Language.HQL ? HqlRows.page(session, text, offset, limit, catalog.get())
                : sqlPage(session, text, offset, limit, cancel);
        return new ResultPage(page.columns(), page.rows(), offset, page.more(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Runs a write and rolls it back: how many rows it would change, or the database's refusal
     * (a read-only connection refuses here). It runs again, for real, at Save.
     */
    public int tryWrite(Language language, String text, QueryCancel cancel) {
        return inRolledBack(cancel, session -> write(session, language, text, cancel));
    }

    /** Runs a statement and commits it at once: DDL where the database commits it anyway (MariaDB, H2). */
    public int runNow(Language language, String text, QueryCancel cancel) {
        try (Session session = factory.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                int changed = write(session, language, text, cancel);
                tx.commit();
                return changed;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw failed(cancel, e);
            }
        }
    }

    /** The SQL Hibernate runs for an HQL statement, captured as it is sent and not run. */
    public String sqlOf(String hql) {
        try {
            return HqlToSql.of(factory, hql);
        } catch (RuntimeException e) {
            throw failed(QueryCancel.none(), e);
        }
    }

    /** The database's plan for a statement, in the database's own columns (HQL is planned as the SQL it becomes). */
    public ResultPage explain(Language language, String text, QueryCancel cancel) {
        String sql = language == Language.HQL ? sqlOf(text) : text;
        return select(Language.SQL, Explain.statementFor(dbms, sql), 0, CAP, cancel);
    }

    /**
     * Runs a statement that writes on the session's connection, in its transaction: HQL through
     * Hibernate, SQL as typed. The console's trial and Save's run of the same statement both come here.
     *
     * @return how many rows it changed, as the database counts them
     */
    public static int write(Session session, Language language, String text, QueryCancel cancel) {
        if (language == Language.HQL) {
            return session.createMutationQuery(text).executeUpdate();
        }
        return session.doReturningWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                cancel.bind(() -> cancelQuietly(statement));
                try {
                    statement.execute(text);
                    return Math.max(0, statement.getUpdateCount());
                } finally {
                    cancel.unbind();
                }
            }
        });
    }

    private ResultPage sqlPage(Session session, String text, int offset, int limit, QueryCancel cancel) {
        return session.doReturningWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.setMaxRows(offset + limit + 1); // one more tells whether there are more
                statement.setFetchSize(Math.min(limit + 1, 1000));
                cancel.bind(() -> cancelQuietly(statement));
                try {
                    if (!statement.execute(text)) {
                        return new ResultPage(List.of("rows changed"), List.of(List.of(Math.max(0, statement.getUpdateCount()))), 0, false, Duration.ZERO);
                    }
                    try (ResultSet rows = statement.getResultSet()) {
                        return read(rows, offset, limit);
                    }
                } finally {
                    cancel.unbind();
                }
            }
        });
    }

    private static ResultPage read(ResultSet rows, int offset, int limit) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        for (int skipped = 0; skipped < offset && rows.next(); skipped++) {
            // the rows of earlier pages: read past, not kept
        }
        List<List<Object>> page = new ArrayList<>();
        boolean more = false;
        while (rows.next()) {
            if (page.size() == limit) {
                more = true;
                break;
            }
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(JdbcValues.plain(rows.getObject(i)));
            }
            page.add(row);
        }
        return new ResultPage(columns, page, offset, more, Duration.ZERO);
    }

    /** Runs work in a transaction that is always rolled back; {@code cancel} stops its statement on the server. */
    private <T> T inRolledBack(QueryCancel cancel, Function<Session, T> work) {
        if (cancel.isCancelled()) {
            throw new DatabaseException(DatabaseException.Kind.CANCELLED, "The statement was cancelled.");
        }
        try (Session session = factory.openSession()) {
            var jdbc = session.unwrap(SharedSessionContractImplementor.class).getJdbcCoordinator();
            Transaction tx = session.beginTransaction();
            cancel.bind(jdbc::cancelLastQuery);
            try {
                return work.apply(session);
            } catch (RuntimeException e) {
                throw failed(cancel, e);
            } finally {
                cancel.unbind();
                if (tx.isActive()) {
                    rollbackQuietly(tx);
                }
            }
        }
    }

    private static void rollbackQuietly(Transaction tx) {
        try {
            tx.rollback();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(QueryConsole.class).debug("Rolling back a console statement failed", e);
        }
    }

    private static RuntimeException failed(QueryCancel cancel, RuntimeException e) {
        if (e instanceof DatabaseException) {
            return e;
        }
        if (cancel.isCancelled()) {
            return new DatabaseException(DatabaseException.Kind.CANCELLED, "The statement was cancelled.", e);
        }
        if (dev.rowboat.schema.ReadOnlySessions.refused(e)) {
            return new DatabaseException(DatabaseException.Kind.READ_ONLY, dev.rowboat.schema.ReadOnlySessions.REFUSED, e);
        }
        // the cause stays: the console finds in it where in the statement the database points
        return new DatabaseException(DatabaseException.Kind.QUERY_FAILED, DatabaseException.reasonOf(e), e);
    }

    private static void cancelQuietly(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e); // QueryCancel logs it: the statement had finished
        }
    }
}
