package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.CompositeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.type.descriptor.ValueBinder;

/**
 * Sends a plan's UPDATE and DELETE statements on the session's connection, as JDBC batches of
 * one SQL text each (one round trip per statement would be several times slower on a server),
 * binding values with Hibernate's binders so they are stored as Hibernate stores them; and
 * collects the statements that did not touch exactly one row.
 */
final class SaveBatches {
    private static final int BATCH_SIZE = 1000;

    private SaveBatches() {
    }

    /**
     * Sends the statements; returns whether the driver left any row count unknown.
     *
     * @param oneByOne one statement at a time, so that a failure names its edit
     * @param wrongCounts receives edit index to rows touched, for every statement that did not touch one
     */
    static boolean write(Connection connection, SavePlan plan, boolean oneByOne, Map<Integer, Object> ids,
                         Map<Integer, Integer> wrongCounts, SharedSessionContractImplementor options) {
        Map<String, List<SaveStatement>> bySql = new LinkedHashMap<>();
        boolean bulkInserts = sendsInsertBatchesInBulk(connection);
        for (SaveStatement statement : plan.statements()) {
            // Batching needs one SQL text; grouping keeps updates before deletes, and each group in order.
            boolean alone = oneByOne || bulkInserts && statement.sql().startsWith("INSERT");
            bySql.computeIfAbsent(alone ? "#" + bySql.size() : statement.sql(), k -> new ArrayList<>()).add(statement);
        }
        boolean unknown = false;
        for (List<SaveStatement> group : bySql.values()) {
            try (PreparedStatement ps = connection.prepareStatement(group.get(0).sql())) {
                for (int from = 0; from < group.size(); from += BATCH_SIZE) {
                    List<SaveStatement> chunk = group.subList(from, Math.min(group.size(), from + BATCH_SIZE));
                    int[] counts = oneByOne ? new int[] {single(ps, chunk.get(0), ids, options)} : batch(ps, chunk, ids, options);
                    for (int i = 0; i < counts.length; i++) {
                        unknown |= counts[i] == Statement.SUCCESS_NO_INFO;
                        if (counts[i] != 1 && counts[i] != Statement.SUCCESS_NO_INFO) {
                            wrongCounts.put(chunk.get(i).editIndex(), counts[i]);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new SaveRun.EditFailure(group.size() == 1 ? group.get(0).editIndex() : -1, e);
            }
        }
        return unknown;
    }

    /**
     * MariaDB's driver sends a batch of INSERTs by its bulk protocol, which the server refuses for
     * the INSERT ... SELECT of a link ("not supported in the prepared statement protocol"): there
     * they go one at a time. Its other batches, and Hibernate's plain INSERTs, keep the protocol.
     */
    private static boolean sendsInsertBatchesInBulk(Connection connection) {
        try {
            return connection.getMetaData().getURL().startsWith("jdbc:mariadb:");
        } catch (SQLException e) {
            throw new SaveRun.EditFailure(-1, e);
        }
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
            if (bind.value() instanceof NewRowRef && bind.part() >= 0 && value instanceof CompositeId id) {
                value = id.get(bind.part());
            }
            ((ValueBinder<Object>) bind.column().jdbc().getJdbcValueBinder()).bind(ps, value, position++, options);
        }
    }
}
