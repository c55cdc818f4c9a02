package dev.rowboat.data.edit;

import dev.rowboat.data.console.Language;
import dev.rowboat.data.console.QueryConsole;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.schema.ReadOnlySessions;
import java.sql.Connection;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link SavePlan} in one transaction of a Hibernate session: the inserts through
 * {@code persist}, then the updates and deletes through {@link SaveBatches} on the session's
 * connection. A statement that did not touch exactly one row, a refusal or a broken connection
 * rolls the whole transaction back.
 */
final class SaveRun {
    private static final Logger LOG = LoggerFactory.getLogger(SaveRun.class);

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
    static final class EditFailure extends RuntimeException {
        final int editIndex;

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
            boolean committing = false;
            try {
                tx = session.beginTransaction();
                connection = session.doReturningWork(c -> c);
                Map<Integer, Object> ids = insert(session, plan, mode);
                if (!plan.inserts().isEmpty() && !plan.statements().isEmpty()) {
                    // an assigned id's INSERT waits for the flush; a link to the row (or a key that
                    // refers to it) must find it there, as a generated id's, inserted at once, does
                    session.flush();
                }
                Map<Integer, Integer> wrongCounts = new LinkedHashMap<>();
                boolean unknown = session.doReturningWork(c -> SaveBatches.write(c, plan, mode != Mode.BATCHED, ids, wrongCounts,
                        session.unwrap(SharedSessionContractImplementor.class)));
                if (!wrongCounts.isEmpty()) {
                    List<RowProblem> conflicts = new SaveConflicts(tables).describe(session, plan, wrongCounts);
                    tx.rollback();
                    return Outcome.refused(conflicts, null);
                }
                runConsoleWrites(session, plan);
                if (unknown || mode == Mode.DIAGNOSE) {
                    tx.rollback();
                    return new Outcome(Map.of(), List.of(), null, unknown);
                }
                committing = true;
                tx.commit();
                return new Outcome(ids, List.of(), null, false);
            } catch (RuntimeException e) {
                // Asked before the rollback, which gives the connection back to the pool.
                boolean lost = SaveErrors.connectionLost(e, connection);
                if (lost) {
                    evictQuietly(connection);
                }
                rollbackQuietly(tx);
                return lost && committing ? commitUncertain(e) : failed(plan, e, lost);
            }
        }
    }

    private Map<Integer, Object> insert(Session session, SavePlan plan, Mode mode) {
        Map<Integer, Object> instances = new HashMap<>();
        Map<Integer, Object> ids = new HashMap<>();
        for (int index : plan.inserts()) {
            InsertRow row = (InsertRow) plan.edits().get(index);
            SaveTable table = tables.find(row.entity()).orElseThrow();
            try {
                Object instance = NewRows.instance(session, tables, table, row, instances);
                session.persist(table.persister().getEntityName(), instance);
                if (mode == Mode.DIAGNOSE) {
                    // an assigned id's INSERT waits for the flush, where a refusal names no edit: each sent here
                    session.flush();
                }
                instances.put(row.newRowNumber(), instance);
                ids.put(row.newRowNumber(), NewRows.idOf(table, instance, session.unwrap(SharedSessionContractImplementor.class)));
            } catch (RuntimeException e) {
                throw new EditFailure(index, e);
            }
        }
        return ids;
    }

    /** The console's statements, as typed, on the save's connection and in its transaction. */
    private static void runConsoleWrites(Session session, SavePlan plan) {
        for (int index : plan.consoleWrites()) {
            ConsoleWrite write = (ConsoleWrite) plan.edits().get(index);
            try {
                QueryConsole.write(session, write.hql() ? Language.HQL : Language.SQL, write.text(), QueryCancel.none());
            } catch (RuntimeException e) {
                throw new EditFailure(index, e);
            }
        }
    }

    private static Outcome commitUncertain(RuntimeException e) {
        LOG.debug("The connection broke during COMMIT", e);
        return Outcome.refused(List.of(new RowProblem(-1, RowProblem.Kind.COMMIT_UNCERTAIN, null,
                "The connection to the database broke while it was committing the save, so Rowboat cannot tell"
                        + " whether it was saved. Your changes are still pending: refresh to see what the database holds"
                        + " before saving again, which could otherwise write them twice.", null)), e);
    }

    private Outcome failed(SavePlan plan, RuntimeException e, boolean connectionLost) {
        if (connectionLost) {
            LOG.debug("The connection broke during a save", e);
            return Outcome.refused(List.of(new RowProblem(-1, RowProblem.Kind.CONNECTION_LOST, null,
                    "The connection to the database broke during the save, so nothing was saved. Your changes are"
                            + " still pending: save again once the database can be reached.", null)), e);
        }
        Throwable cause = e instanceof EditFailure ? e.getCause() : e;
        if (ReadOnlySessions.refused(cause)) {
            // the session's refusal, not the row's: no edit is at fault, and none would be saved
            return Outcome.refused(List.of(new RowProblem(-1, RowProblem.Kind.READ_ONLY, null, ReadOnlySessions.REFUSED, null)), cause);
        }
        if (SaveErrors.sqlErrors(cause).isEmpty() && !(cause instanceof HibernateException)) {
            throw e; // a fault of ours, not a refusal by the database: not to be dressed up as one
        }
        if (e instanceof EditFailure failure && failure.editIndex >= 0) {
            RowEdit edit = plan.edits().get(failure.editIndex);
            if (edit instanceof ConsoleWrite write) {
                return Outcome.refused(List.of(new RowProblem(failure.editIndex, RowProblem.Kind.CONSTRAINT, null,
                        "The database refused the console statement " + write.quoted() + ": "
                                + SaveErrors.plainMessage(failure.getCause()), null)), failure.getCause());
            }
            if (edit instanceof AssociationEdit association) {
                return Outcome.refused(List.of(SaveLinks.refusal(failure.editIndex, association, failure.getCause())), failure.getCause());
            }
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
