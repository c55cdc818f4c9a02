package dev.rowboat.data.edit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.FlushMode;
import org.hibernate.HibernateException;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.type.descriptor.ValueBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link SavePlan} in one transaction of a Hibernate session: the inserts through
 * {@code persist}, the updates and deletes as JDBC batches on the session's connection (one
 * statement per row would be several times slower on a server), then checks that each touched
 * exactly one row. Anything else rolls the whole transaction back.
 */
final class SaveRun {
    private static final Logger LOG = LoggerFactory.getLogger(SaveRun.class);
    private static final int BATCH_SIZE = 1000;

    /** How the statements are sent. */
    enum Mode {
        /** In JDBC batches, then commit: the normal way. */
        BATCHED,
        /** One at a time, then commit: for a driver that does not count a batch's rows. */
        ONE_BY_ONE,
        /** One at a time, then roll back: to learn which edit a failed batch stumbled on. */
        DIAGNOSE
    }

    /**
     * How a run ended: committed ({@code problems} empty, {@code failure} null); refused with
     * problems; failed somewhere in a batch ({@code failure} only); or unsure of its row counts.
     */
    record Outcome(Map<Integer, Object> generatedIds, List<RowProblem> problems, Throwable failure, boolean countsUnknown) {
        static Outcome refused(List<RowProblem> problems, Throwable failure) {
            return new Outcome(Map.of(), problems, failure, false);
        }
    }

    /** A failure of one edit, or of a batch ({@code editIndex} -1). */
    private static final class EditFailure extends RuntimeException {
        private final int editIndex;

        EditFailure(int editIndex, Throwable cause) {
            super(cause);
            this.editIndex = editIndex;
        }
    }

    private final SessionFactoryImplementor factory;
    private final SaveTables tables;
    private final RefusalMessages refusals;
    private final Consumer<Connection> evict;

    SaveRun(SessionFactoryImplementor factory, SaveTables tables, RefusalMessages refusals, Consumer<Connection> evict) {
        this.factory = factory;
        this.tables = tables;
        this.refusals = refusals;
        this.evict = evict;
    }

    Outcome run(SavePlan plan, Mode mode) {
        try (Session session = factory.openSession()) {
            session.setHibernateFlushMode(FlushMode.COMMIT);
            Transaction tx = null;
            Connection connection = null;
            try {
                tx = session.beginTransaction();
                connection = session.doReturningWork(c -> c);
                Map<Integer, Object> ids = insert(session, plan);
                Map<Integer, Integer> wrongCounts = new LinkedHashMap<>();
                boolean unknown = session.doReturningWork(c -> write(c, plan, mode, ids, wrongCounts,
                        session.unwrap(SharedSessionContractImplementor.class)));
                if (!wrongCounts.isEmpty()) {
                    List<RowProblem> conflicts = new SaveConflicts(tables).describe(session, plan, wrongCounts);
                    tx.rollback();
                    return Outcome.refused(conflicts, null);
                }
                if (unknown || mode == Mode.DIAGNOSE) {
                    tx.rollback();
                    return new Outcome(Map.of(), List.of(), null, unknown);
                }
                tx.commit();
                return new Outcome(ids, List.of(), null, false);
            } catch (RuntimeException e) {
                // Asked before the rollback, which gives the connection back to the pool.
                boolean lost = SaveErrors.connectionLost(e, connection);
                if (lost) {
                    evictQuietly(connection);
                }
                rollbackQuietly(tx);
                return failed(plan, e, lost);
            }
        }
    }

    private Map<Integer, Object> insert(Session session, SavePlan plan) {
        Map<Integer, Object> instances = new HashMap<>();
        Map<Integer, Object> ids = new HashMap<>();
        for (int index : plan.inserts()) {
            InsertRow row = (InsertRow) plan.edits().get(index);
            SaveTable table = tables.find(row.entity()).orElseThrow();
            try {
                Object instance = NewRows.instance(session, tables, table, row, instances);
                session.persist(table.persister().getEntityName(), instance);
                instances.put(row.newRowNumber(), instance);
                ids.put(row.newRowNumber(), table.persister().getIdentifier(instance, session.unwrap(SharedSessionContractImplementor.class)));
            } catch (RuntimeException e) {
                throw new EditFailure(index, e);
            }
        }
        return ids;
    }

    /** Sends the statements; returns whether the driver left any row count unknown. */
    private static boolean write(Connection connection, SavePlan plan, Mode mode, Map<Integer, Object> ids,
                                 Map<Integer, Integer> wrongCounts, SharedSessionContractImplementor options) {
        Map<String, List<SaveStatement>> bySql = new LinkedHashMap<>();
        for (SaveStatement statement : plan.statements()) {
            // Batching needs one SQL text; grouping keeps updates before deletes, and each group in order.
            bySql.computeIfAbsent(mode == Mode.BATCHED ? statement.sql() : "#" + bySql.size(), k -> new ArrayList<>()).add(statement);
        }
        boolean unknown = false;
        for (List<SaveStatement> group : bySql.values()) {
            try (PreparedStatement ps = connection.prepareStatement(group.get(0).sql())) {
                for (int from = 0; from < group.size(); from += BATCH_SIZE) {
                    List<SaveStatement> chunk = group.subList(from, Math.min(group.size(), from + BATCH_SIZE));
                    int[] counts = mode == Mode.BATCHED ? batch(ps, chunk, ids, options) : new int[] {single(ps, chunk.get(0), ids, options)};
                    for (int i = 0; i < counts.length; i++) {
                        unknown |= counts[i] == Statement.SUCCESS_NO_INFO;
                        if (counts[i] != 1 && counts[i] != Statement.SUCCESS_NO_INFO) {
                            wrongCounts.put(chunk.get(i).editIndex(), counts[i]);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new EditFailure(group.size() == 1 ? group.get(0).editIndex() : -1, e);
            }
        }
        return unknown;
    }

    private static int[] batch(PreparedStatement ps, List<SaveStatement> chunk, Map<Integer, Object> ids,
                               SharedSessionContractImplementor options) throws SQLException {
        for (SaveStatement statement : chunk) {
            bind(ps, statement, ids, options);
            ps.addBatch();
        }
        return ps.executeBatch();
    }

    private static int single(PreparedStatement ps, SaveStatement statement, Map<Integer, Object> ids,
                              SharedSessionContractImplementor options) throws SQLException {
        bind(ps, statement, ids, options);
        return ps.executeUpdate();
    }

    @SuppressWarnings("unchecked") // each column's binder binds the values of its own Java type, which normalize produced
    private static void bind(PreparedStatement ps, SaveStatement statement, Map<Integer, Object> ids,
                             SharedSessionContractImplementor options) throws SQLException {
        int position = 1;
        for (SaveStatement.Bind bind : statement.binds()) {
            Object value = bind.value() instanceof NewRowRef ref ? ids.get(ref.newRowNumber()) : bind.value();
            ((ValueBinder<Object>) bind.column().jdbc().getJdbcValueBinder()).bind(ps, value, position++, options);
        }
    }

    private Outcome failed(SavePlan plan, RuntimeException e, boolean connectionLost) {
        if (connectionLost) {
            LOG.debug("The connection broke during a save", e);
            return Outcome.refused(List.of(new RowProblem(-1, RowProblem.Kind.CONNECTION_LOST, null,
                    "The connection to the database broke during the save, so nothing was saved. Your changes are"
                            + " still pending: save again once the database can be reached.", null)), e);
        }
        Throwable cause = e instanceof EditFailure ? e.getCause() : e;
        if (SaveErrors.sqlErrors(cause).isEmpty() && !(cause instanceof HibernateException)) {
            throw e; // a fault of ours, not a refusal by the database: not to be dressed up as one
        }
        if (e instanceof EditFailure failure && failure.editIndex >= 0) {
            RowEdit edit = plan.edits().get(failure.editIndex);
            SaveTable table = tables.find(edit.entity()).orElseThrow();
            return Outcome.refused(List.of(refusals.describe(failure.editIndex, edit, table, failure.getCause())), failure.getCause());
        }
        return new Outcome(Map.of(), List.of(), cause, false);
    }

    private static void rollbackQuietly(Transaction tx) {
        try {
            if (tx != null && tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            LOG.debug("Rolling back a failed save failed too (the connection may be gone)", e);
        }
    }

    /** A broken connection must not go back to the pool: the next save gets a fresh one. */
    private void evictQuietly(Connection connection) {
        try {
            if (connection != null) {
                evict.accept(connection);
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not evict a broken connection", e);
        }
    }
}
