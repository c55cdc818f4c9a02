package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.edit.SaveRun.Mode;
import dev.rowboat.data.edit.SaveRun.Outcome;
import java.sql.Connection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ChangeWriter} of an open database. It knows entities only through the catalog and
 * Hibernate's runtime model (never compiled entity classes), so reflected dynamic-map entities
 * save the same way. Inserts go through the session's {@code persist}; updates and deletes are
 * JDBC batches on the session's connection, each naming its row by id and by the values the
 * person saw (or the version), so that a row changed by someone else is caught, not overwritten.
 *
 * <p>{@link #previewSql} and {@link #save} refuse edits that {@link #validate} finds problems
 * with by throwing a {@link SaveException} that lists them. A problem of the save as a whole (a
 * broken connection) has edit index -1.
 */
public final class HibernateChangeWriter implements ChangeWriter {
    private static final Logger LOG = LoggerFactory.getLogger(HibernateChangeWriter.class);

    private final SaveTables tables;
    private final EditValidator validator;
    private final SqlPreview preview;
    private final SaveRun run;

    /**
     * @param metadata the boot model, for the names and columns of constraints
     * @param evictConnection takes a broken pooled connection out of the pool, so a retry gets a fresh one
     */
    public HibernateChangeWriter(SessionFactoryImplementor factory, Metadata metadata, Supplier<EntityCatalog> catalog,
                                 Consumer<Connection> evictConnection) {
        this.tables = new SaveTables(factory, catalog);
        this.validator = new EditValidator(tables);
        this.preview = new SqlPreview(factory, tables);
        RefusalMessages refusals = new RefusalMessages(tables, SaveConstraints.of(metadata));
        this.run = new SaveRun(factory, tables, refusals, evictConnection);
    }

    @Override
    public List<RowProblem> validate(List<RowEdit> edits) {
        return validator.validate(edits);
    }

    @Override
    public List<String> previewSql(List<RowEdit> edits) {
        return preview.render(plan(edits));
    }

    @Override
    public SaveResult save(List<RowEdit> edits) {
        SavePlan plan = plan(edits);
        Outcome outcome = run.run(plan, Mode.BATCHED);
        if (outcome.countsUnknown()) {
            outcome = run.run(plan, Mode.ONE_BY_ONE);
        }
        if (outcome.failure() != null && outcome.problems().isEmpty()) {
            // Drivers report a failed batch differently (PostgreSQL fails every entry, SQLite none):
            // running the edits one by one, and rolling back, finds the edit the database refused.
            LOG.debug("A save's batch failed; running it again statement by statement to find the edit", outcome.failure());
            Outcome diagnosis = run.run(plan, Mode.DIAGNOSE);
            outcome = diagnosis.problems().isEmpty()
                    ? Outcome.refused(List.of(new RowProblem(-1, RowProblem.Kind.CONSTRAINT, null,
                            "The database refused the save: " + SaveErrors.plainMessage(outcome.failure()), null)), outcome.failure())
                    : Outcome.refused(diagnosis.problems(), diagnosis.failure() != null ? diagnosis.failure() : outcome.failure());
        }
        if (outcome.problems().isEmpty()) {
            return SaveResult.of(outcome.generatedIds(), edits);
        }
        throw refused(outcome.problems(), outcome.failure());
    }

    private SavePlan plan(List<RowEdit> edits) {
        List<RowProblem> problems = validator.validate(edits);
        if (!problems.isEmpty()) {
            throw refused(problems, null);
        }
        return SavePlan.of(edits, tables);
    }

    private static SaveException refused(List<RowProblem> problems, Throwable cause) {
        String first = problems.get(0).message();
        String message = problems.size() == 1 ? "Nothing was saved: " + first
                : "Nothing was saved: " + problems.size() + " problems, the first: " + first;
        return new SaveException(message, problems, cause);
    }
}
