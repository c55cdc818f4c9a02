package dev.rowboat.migrate.diff;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.migrate.ops.SnapshotChanges;
import dev.rowboat.migrate.sql.SqlDialect;
import dev.rowboat.schema.LiveSchemaReader;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Test helpers: a live schema made by Hibernate or by the dialect, read back, diffed, changed. */
final class LiveSchemas {
    private LiveSchemas() {
    }

    /** Creates the tables of {@code classes} as the application does for a new database. */
    static void createWithHibernate(TestDatabase test, List<Class<?>> classes) {
        try (OpenDatabase db = new DatabaseOpener(classes, false).open(test.spec(), ConnectOptions.defaults().allowingCreate())) {
            db.createTablesIfEmpty();
        }
    }

    /** Creates the model's tables with the dialect's rendering of the candidate against an empty database. */
    static void createWithDialect(TestDatabase test, SchemaSnapshot model) {
        apply(test, SchemaDiff.creating(model).upgrade());
    }

    static SchemaSnapshot read(TestDatabase test) {
        AtomicReference<SchemaSnapshot> result = new AtomicReference<>();
        test.jdbc(c -> result.set(read(c, test)));
        return result.get();
    }

    /**
     * The diff as if Rowboat's revisions had made everything the database has (the owned schema
     * is the live one), so what the model lost may be dropped.
     */
    static Candidate diff(TestDatabase test, SchemaSnapshot model) {
        SchemaSnapshot live = read(test);
        return SchemaDiff.compare(model, live, live, test.dbms());
    }

    /** Autogenerate, with everything the database has counted as made by Rowboat's revisions. */
    static Candidate autogenerate(TestDatabase test, SchemaSnapshot model) {
        SchemaSnapshot live = read(test);
        AtomicReference<Candidate> result = new AtomicReference<>();
        test.jdbc(c -> result.set(Autogenerate.run(c, test.dbms(), model, live)));
        return result.get();
    }

    /** Runs operations one by one, as the runner will, rendering each against the schema before it. */
    static void apply(TestDatabase test, List<Operation> ops) {
        SqlDialect dialect = SqlDialect.of(test.dbms());
        test.jdbc(c -> {
            try {
                dialect.beforeMigration(c);
                SchemaSnapshot before = read(c, test);
                for (Operation op : ops) {
                    for (String sql : dialect.render(op, before)) {
                        try (Statement s = c.createStatement()) {
                            s.execute(sql);
                        } catch (SQLException e) {
                            throw new IllegalStateException(op.describe() + ": " + sql + ": " + e.getMessage(), e);
                        }
                    }
                    before = SnapshotChanges.apply(before, op);
                }
                dialect.verifyBeforeCommit(c);
                dialect.afterMigration(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static SchemaSnapshot read(Connection c, TestDatabase test) {
        try {
            return LiveSchemaReader.read(c, test.dbms());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
