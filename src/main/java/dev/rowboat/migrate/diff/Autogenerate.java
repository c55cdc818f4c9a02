package dev.rowboat.migrate.diff;

import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.LiveSchemaReader;
import dev.rowboat.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Autogenerate in one call: reads the live schema, compares the model with it, and counts what
 * the candidate's destructive operations would lose. Writes nothing; an empty candidate means
 * there is nothing to write.
 */
public final class Autogenerate {
    private static final Logger LOG = LoggerFactory.getLogger(Autogenerate.class);

    private Autogenerate() {
    }

    /**
     * @param model what the entity classes want ({@link ModelSchemaReader})
     * @param owned what Rowboat's applied revisions created: the only things the candidate may drop
     *              that the model does not know (empty: nothing is dropped)
     * @throws DatabaseException (QUERY_FAILED) when the schema or the counts cannot be read
     */
    public static Candidate run(Connection connection, Dbms dbms, SchemaSnapshot model, SchemaSnapshot owned) {
        SchemaSnapshot live;
        try {
            live = LiveSchemaReader.read(connection, dbms);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED,
                    "Could not read the database's schema: " + DatabaseException.reasonOf(e), e);
        }
        Candidate candidate = SchemaDiff.compare(model, live, owned, dbms);
        try {
            candidate = candidate.withWarnings(new DataLossCheck(connection, dbms).warnings(candidate.upgrade()));
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED,
                    "Could not count the values the changes would drop: " + DatabaseException.reasonOf(e), e);
        }
        LOG.debug("autogenerate on {}: {} operations, {} warnings, {} rename questions", dbms,
                candidate.upgrade().size(), candidate.warnings().size(), candidate.renames().size());
        return candidate;
    }
}
