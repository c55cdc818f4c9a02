package dev.rowboat.data;

import com.zaxxer.hikari.HikariDataSource;
import dev.rowboat.data.catalog.CatalogBuilder;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.edit.ChangeWriter;
import dev.rowboat.data.edit.HibernateChangeWriter;
import dev.rowboat.data.mapping.Mapping;
import dev.rowboat.data.paging.EntityPages;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.Safeguards;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.Statistics;

/**
 * A connected database: the pool, Hibernate's session factory, and the entity catalog checked
 * against the live schema. Everything here blocks, so the UI calls it through its executor.
 */
public final class OpenDatabase implements AutoCloseable {
    private final ConnectionSpec spec;
    private final ServerInfo server;
    private final HikariDataSource pool;
    private final Metadata metadata;
    private final SessionFactoryImplementor factory;
    private final EntityPages pages;
    private final ChangeWriter changes;
    private final dev.rowboat.data.edit.ImportInserts imports;
    private final RowCounts rowCounts;
    private final dev.rowboat.data.console.QueryConsole console;
    private final Mapping mapping;
    private volatile EntityCatalog catalog;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    /** Labels the person chose per entity; they outlive a re-read of the schema. */
    private final java.util.Map<String, String> chosenLabels = new java.util.concurrent.ConcurrentHashMap<>();

    OpenDatabase(ConnectionSpec spec, ServerInfo server, HikariDataSource pool, Metadata metadata,
                 SessionFactoryImplementor factory, Mapping mapping) {
        this.spec = spec;
        this.mapping = mapping;
        this.server = server;
        this.pool = pool;
        this.metadata = metadata;
        this.factory = factory;
        this.pages = new EntityPages(factory, this::catalog, spec.dbms().nullsSortHigh());
        this.changes = new HibernateChangeWriter(factory, metadata, this::catalog, pool::evictConnection);
        this.imports = new dev.rowboat.data.edit.ImportInserts(factory, this::catalog, spec.dbms());
        this.rowCounts = new RowCounts(pool, spec.dbms());
        this.console = new dev.rowboat.data.console.QueryConsole(factory, spec.dbms(), this::catalog);
        try (Connection connection = pool.getConnection()) {
            catalog = CatalogBuilder.buildAtOpen(metadata, factory, connection, mapping).withLabels(chosenLabels);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED, "Could not read the schema: " + e.getMessage(), e);
        }
    }

    public ConnectionSpec spec() {
        return spec;
    }

    /** How the person marked this connection: read-only (the database refuses writes), production. */
    public Safeguards safeguards() {
        return spec.safeguards();
    }

    /** Whether the database refuses every write of this connection's sessions. */
    public boolean readOnly() {
        return spec.readOnly();
    }

    /** Whether writes ask for a typed confirmation first. */
    public boolean production() {
        return spec.production();
    }

    /**
     * Whether opening {@code other} would share this one's embedded H2 engine: H2 keeps one
     * engine per file in a process, with the access mode of its first connection, so the same file
     * in the other mode must wait until this one is closed.
     */
    public boolean sharesEngineWith(ConnectionSpec other) {
        return spec.dbms() == Dbms.H2 && other.dbms() == Dbms.H2 && spec.file() != null && spec.file().equals(other.file());
    }

    public ServerInfo server() {
        return server;
    }

    public EntityCatalog catalog() {
        return catalog;
    }

    public EntityPages pages() {
        return pages;
    }

    /** Saves the grids' pending edits as one transaction. */
    public ChangeWriter changes() {
        return changes;
    }

    /** Writes imported rows straight to their tables, the file's ids kept (the command line's import). */
    public dev.rowboat.data.edit.ImportInserts imports() {
        return imports;
    }

    /** Runs the query console's statements. */
    public dev.rowboat.data.console.QueryConsole console() {
        return console;
    }

    public RowCounts rowCounts() {
        return rowCounts;
    }

    /** Counts the rows of every entity's table now, for the entity list's first counts ({@link RowCounts#countAhead}). */
    public void countRowsAhead() {
        rowCounts.countAhead(catalog().entities().stream().filter(e -> e.tablePresent()).map(e -> e.table()).toList());
    }

    /** Hibernate's statistics, collected when the database was opened with them on. */
    public Statistics statistics() {
        return factory.getStatistics();
    }

    /** Re-reads the live schema, e.g. after tables were created. */
    public EntityCatalog refreshCatalog() {
        try (Connection connection = pool.getConnection()) {
            catalog = CatalogBuilder.build(metadata, factory, connection, mapping).withLabels(chosenLabels);
            return catalog;
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED, "Could not read the schema: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the model's tables in a database that has none of them (a new file). A database
     * that has some is left alone: completing it is a migration's job, which a person reviews.
     */
    public void createTablesIfEmpty() {
        if (isEmpty()) {
            factory.getSchemaManager().exportMappedObjects(true);
            try (Connection connection = pool.getConnection()) {
                UniqueIndexes.ensure(metadata, factory.getJdbcServices().getDialect(), connection);
            } catch (SQLException e) {
                throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED, "Could not create the unique indexes: " + e.getMessage(), e);
            }
            refreshCatalog();
        }
    }

    /**
     * The schemas this connection could browse (PostgreSQL: every one but the system's, {@code public}
     * first) and the one it shows; none where the database has only the one the URL names.
     */
    public PostgresSchemas.Choice schemaChoice() {
        if (spec.dbms() != Dbms.POSTGRESQL) {
            return PostgresSchemas.Choice.NONE;
        }
        try (Connection connection = pool.getConnection()) {
            return new PostgresSchemas.Choice(PostgresSchemas.list(connection), connection.getSchema());
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED, "Could not list the schemas: " + e.getMessage(), e);
        }
    }

    /** Runs work in one transaction, committed if it returns normally. */
    public void inTransaction(Consumer<Session> work) {
        factory.inTransaction(work);
    }

    /** Labels an entity's rows by another attribute (in links, breadcrumbs and the relations panel). */
    public EntityCatalog chooseLabel(String entity, String attribute) {
        catalog.get(entity).withLabel(attribute); // refuses an attribute that cannot label rows
        chosenLabels.put(entity, attribute);
        catalog = catalog.withLabels(chosenLabels);
        return catalog;
    }

    public boolean isEmpty() {
        return catalog.entities().stream().noneMatch(e -> e.available());
    }

    /** Closes once; a second call (the window closing what a mode switch closed already) does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            factory.close();
        } finally {
            pool.close();
            H2Files.shutDown(spec);
        }
    }
}
