package dev.rowboat.data.paging;

import static dev.rowboat.schema.DatabaseException.Kind.CANCELLED;

import dev.rowboat.data.paging.OwnStatement.Parameter;
import dev.rowboat.data.paging.OwnStatement.RowReader;
import dev.rowboat.schema.DatabaseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.StatelessSession;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.type.descriptor.WrapperOptions;

/**
 * A connection borrowed from the pool for one read of a grid (a page, go to id's key or where it
 * lies), on which Rowboat's own statements run as they are, with no Hibernate session: opening a
 * stateless session and its JDBC coordinator for every page was a few percent of an H2 page, for
 * statements whose SQL, parameters and types Rowboat knows already. The statements are the ones
 * {@link PageStatements} keeps prepared on the driver's connection; they are logged as Hibernate
 * logs its own, bound and read with the factory's type options, and a {@link QueryCancel} stops
 * the one running. Where a grid still needs HQL (a count through an association, a model Rowboat
 * renders no SQL for), a stateless session is opened on this same connection at its first use.
 */
final class PageConnection implements AutoCloseable {
    private final SessionFactoryImplementor factory;
    private final PageStatements statements;
    private final QueryCancel cancel;
    private final WrapperOptions options;
    private final ConnectionProvider provider;
    private final Connection pooled;
    private final Connection driver;
    /** The statement of ours running now (null between them): what a cancel stops. */
    private volatile PreparedStatement running;
    private volatile StatelessSession session;

    private PageConnection(SessionFactoryImplementor factory, PageStatements statements, QueryCancel cancel,
                           ConnectionProvider provider, Connection pooled, Connection driver) {
        this.factory = factory;
        this.statements = statements;
        this.cancel = cancel;
        this.options = factory.getWrapperOptions();
        this.provider = provider;
        this.pooled = pooled;
        this.driver = driver;
    }

    static PageConnection open(SessionFactoryImplementor factory, PageStatements statements, QueryCancel cancel) {
        ConnectionProvider provider = factory.getServiceRegistry().requireService(ConnectionProvider.class);
        Connection pooled = null;
        try {
            pooled = provider.getConnection();
            // the driver's own connection, where the prepared statements are kept (see PageStatements)
            return new PageConnection(factory, statements, cancel, provider, pooled, pooled.unwrap(Connection.class));
        } catch (SQLException e) {
            giveBack(provider, pooled);
            throw factory.getJdbcServices().getSqlExceptionHelper().convert(e, "Could not take a connection from the pool");
        }
    }

    SessionFactoryImplementor factory() {
        return factory;
    }

    /** The rows of a statement of ours, kept prepared on this connection and reused by the next read with the same SQL. */
    <T> List<T> query(String sql, List<Parameter> parameters, RowReader<T> reader) {
        return read(sql, parameters, rs -> {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(reader.read(rs, options));
            }
            return rows;
        });
    }

    /** Reads a row of a result. */
    interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs a statement of ours (see {@link #query}) and hands each row of its result to {@code action}. */
    void forEachRow(String sql, List<Parameter> parameters, RowAction action) {
        read(sql, parameters, rs -> {
            while (rs.next()) {
                action.accept(rs);
            }
            return null;
        });
    }

    /** Reads a whole result. */
    interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a statement of ours (see {@link #query}) and lets {@code reader} read its result: a page's
     * rows are read by a loop of the grid's own, whose calls the JIT can inline, where a call per row
     * through a reader that every kind of read passes here could not be.
     */
    <T> T read(String sql, List<Parameter> parameters, ResultReader<T> reader) {
        factory.getJdbcServices().getSqlStatementLogger().logStatement(sql);
        try {
            PreparedStatement statement = statements.prepared(driver, sql);
            OwnStatement.bindAll(statement, parameters, options);
            running = statement;
            try {
                // a cancel that came between two statements finds none running: it stops the next here
                if (cancel.isCancelled()) {
                    throw new DatabaseException(CANCELLED, "The query was cancelled.");
                }
                try (ResultSet rs = statement.executeQuery()) {
                    return reader.read(rs);
                }
            } finally {
                running = null; // done: a late cancel must not reach the next read that reuses it
            }
        } catch (SQLException e) {
            statements.discard(driver, sql); // whatever state it was left in goes with it
            throw factory.getJdbcServices().getSqlExceptionHelper().convert(e, "Could not read rows", sql);
        }
    }

    /** The options values are bound and read with. */
    WrapperOptions options() {
        return options;
    }

    /** A stateless session on this same connection, for the HQL a grid still needs; opened at its first use. */
    StatelessSession session() {
        StatelessSession open = session;
        if (open == null) {
            open = factory.withStatelessOptions().connection(pooled).openStatelessSession();
            session = open;
        }
        return open;
    }

    /** Stops what runs now on this connection: a statement of ours, or the session's last query. */
    void cancelRunning() {
        PreparedStatement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException e) {
                throw factory.getJdbcServices().getSqlExceptionHelper().convert(e, "Could not cancel the query");
            }
            return;
        }
        StatelessSession open = session;
        if (open != null) {
            open.unwrap(SharedSessionContractImplementor.class).getJdbcCoordinator().cancelLastQuery();
        }
    }

    /** The session (if one was opened) leaves the connection to us; the connection goes back to the pool. */
    @Override
    public void close() {
        try {
            StatelessSession open = session;
            if (open != null) {
                open.close();
            }
        } finally {
            giveBack(provider, pooled);
        }
    }

    private static void giveBack(ConnectionProvider provider, Connection pooled) {
        if (pooled == null) {
            return;
        }
        try {
            provider.closeConnection(pooled);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED, "Could not give a connection back to the pool: "
                    + e.getMessage(), e);
        }
    }
}
