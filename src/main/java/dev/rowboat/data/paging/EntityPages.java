package dev.rowboat.data.paging;

import static dev.rowboat.schema.DatabaseException.Kind.CANCELLED;
import static dev.rowboat.schema.DatabaseException.Kind.NOT_FOUND;
import static dev.rowboat.schema.DatabaseException.Kind.PERMISSION_DENIED;
import static dev.rowboat.schema.DatabaseException.Kind.QUERY_FAILED;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.GridQuery.Segment;
import dev.rowboat.schema.DatabaseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.query.SelectionQuery;

/**
 * Reads the pages of entity grids as plain values, with keyset queries through Hibernate's HQL
 * (so reflected dynamic-map entities work the same way). Called off the FX thread; a running
 * query can be stopped with its {@link QueryCancel}.
 */
public final class EntityPages {
    private final SessionFactory factory;
    private final Supplier<EntityCatalog> catalog;
    private final boolean nullsSortHigh;
    private final boolean ownSql;
    private final GridQueries queries = new GridQueries();
    private final PageStatements statements = new PageStatements();

    public EntityPages(SessionFactory factory, Supplier<EntityCatalog> catalog, boolean nullsSortHigh) {
        this(factory, catalog, nullsSortHigh, true);
    }

    private EntityPages(SessionFactory factory, Supplier<EntityCatalog> catalog, boolean nullsSortHigh, boolean ownSql) {
        this.factory = factory;
        this.catalog = catalog;
        this.nullsSortHigh = nullsSortHigh;
        this.ownSql = ownSql;
    }

    /** The same pages read through HQL only: what the statements of our own must agree with. */
    EntityPages throughHqlOnly() {
        return new EntityPages(factory, catalog, nullsSortHigh, false);
    }

    public Page fetch(PageRequest request, QueryCancel cancel) {
        EntityInfo keyless = keyless(request.entity());
        if (keyless != null) {
            if (request.scope() != null) {
                throw new DatabaseException(NOT_FOUND, keyless.name() + " has no key, so no row leads to its rows.");
            }
            ReadOnlyRows rows = new ReadOnlyRows(keyless, dialect(), request.sort(), request.filters());
            return inSession(cancel, session -> rows.fetch(session, request.anchor(), request.size()));
        }
        GridQuery query = gridQuery(request.entity(), request.sort(), request.filters(), request.scope());
        Anchor anchor = request.anchor();
        int size = request.size();
        return onConnection(cancel, connection -> {
            if (anchor instanceof Anchor.After after) {
                return forward(connection, query, query.keyset(after.key(), true, false), size, true);
            }
            if (anchor instanceof Anchor.At at) {
                // whether any row comes before it: go to id 1 is at the top, and says so
                boolean moreBefore = !read(connection, query, query.keyset(at.key(), false, false), false, 1).isEmpty();
                return forward(connection, query, query.keyset(at.key(), true, true), size, moreBefore);
            }
            if (anchor instanceof Anchor.Before before) {
                return backward(connection, query, query.keyset(before.key(), false, false), size, true);
            }
            if (anchor instanceof Anchor.Fraction fraction) {
                return seek(connection, query, fraction.value(), size);
            }
            if (anchor instanceof Anchor.Last) {
                return backward(connection, query, Segment.ALL, size, false);
            }
            return forward(connection, query, Segment.ALL, size, false);
        });
    }

    /**
     * The key of the row with this id (typed as text, see {@link IdText}) in this order, if the
     * filters let it through.
     */
    public Optional<Key> keyOf(String entity, SortKey sort, List<Filter> filters, String idText, QueryCancel cancel) {
        return keyOf(entity, sort, filters, null, idText, cancel);
    }

    /** The key of the row with this id within a scope (null: the whole entity). */
    public Optional<Key> keyOf(String entity, SortKey sort, List<Filter> filters, Scope scope, String idText, QueryCancel cancel) {
        EntityInfo keyless = keyless(entity);
        if (keyless != null) {
            throw ReadOnlyRows.noKey(keyless);
        }
        GridQuery query = gridQuery(entity, sort, filters, scope);
        Object idValue = IdText.parse(query.entity(), idText);
        Optional<GridQuery.PageSql> sql = query.keySql(idValue);
        return onConnection(cancel, connection -> {
            if (sql.isPresent()) {
                List<Key> found = connection.query(sql.get().sql(), sql.get().parameters(), query::readKey);
                return found.isEmpty() ? Optional.<Key>empty() : Optional.of(found.get(0));
            }
            SelectionQuery<Object[]> q = connection.session().createSelectionQuery(query.keyQuery(), Object[].class);
            query.filterParameters().forEach(q::setParameter);
            query.rowIdParameters(idValue).forEach(q::setParameter);
            List<Object[]> found = q.setMaxResults(1).getResultList();
            return found.isEmpty() ? Optional.empty() : Optional.of(query.keyOf(found.get(0)));
        });
    }

    /**
     * Roughly how far through the order (0 to 1) a row with this key lies, from the smallest and the
     * largest sort value (two index reads, no count): where a grid shows the row after go to id.
     * Empty where the sort values are text, or no row passes the filters.
     */
    public OptionalDouble fractionOf(String entity, SortKey sort, List<Filter> filters, Scope scope, Key key, QueryCancel cancel) {
        EntityInfo keyless = keyless(entity);
        if (keyless != null) {
            ReadOnlyRows rows = new ReadOnlyRows(keyless, dialect(), sort, filters);
            return inSession(cancel, session -> rows.fractionOf(session, key));
        }
        GridQuery query = gridQuery(entity, sort, filters, scope);
        return onConnection(cancel, connection -> {
            Bounds bounds = bounds(connection, query);
            OptionalDouble fraction = KeyInterpolator.fractionOf(bounds.low(), bounds.high(), key.sortValue());
            return query.descending() && fraction.isPresent() ? OptionalDouble.of(1 - fraction.getAsDouble()) : fraction;
        });
    }

    /** An exact count, which may scan the table: only on request. */
    public long count(String entity, List<Filter> filters, QueryCancel cancel) {
        return count(entity, filters, null, cancel);
    }

    /** An exact count within a scope (null: the whole entity). */
    public long count(String entity, List<Filter> filters, Scope scope, QueryCancel cancel) {
        EntityInfo keyless = keyless(entity);
        if (keyless != null) {
            ReadOnlyRows rows = new ReadOnlyRows(keyless, dialect(), null, filters);
            return inSession(cancel, rows::count);
        }
        GridQuery query = gridQuery(entity, null, filters, scope);
        return inSession(cancel, session -> {
            SelectionQuery<Long> q = session.createSelectionQuery(query.countQuery(), Long.class);
            query.filterParameters().forEach(q::setParameter);
            return q.getSingleResult();
        });
    }

    /**
     * Every to-one attribute of any entity that refers to this row, with how many rows do, whether
     * or not the model maps the way back; one count per referring attribute.
     */
    public List<Reference> referencesTo(String entityName, Object id, QueryCancel cancel) {
        EntityCatalog current = catalog.get();
        EntityInfo target = current.get(entityName);
        return inSession(cancel, session -> {
            List<Reference> found = new ArrayList<>();
            for (EntityInfo source : current.entities()) {
                for (AttributeInfo attribute : source.attributes()) {
                    if (!source.available() || attribute.kind() != AttributeKind.TO_ONE || !entityName.equals(attribute.targetEntity())) {
                        continue;
                    }
                    SelectionQuery<Long> q = session.createSelectionQuery("select count(e) from " + source.name() + " e where "
                            + IdMatch.hql(target, "e." + attribute.name(), "id"), Long.class);
                    IdMatch.bind(target, "id", id).forEach(q::setParameter);
                    long n = q.getSingleResult();
                    found.add(new Reference(source.name(), attribute.name(), n));
                }
            }
            return found;
        });
    }

    /**
     * The grid's rows (its filters, order and scope) as the table stores them, every column, for an
     * export that reads them a page at a time. With no filter, scope or order but the key's, the
     * table is read alone in its key's order (no join for the links' labels).
     */
    public TableRows tableRows(String entity, SortKey sort, List<Filter> filters, Scope scope) {
        EntityInfo info = exportable(entity);
        boolean keyOrder = sort == null || sort.attribute() == null || sort.attribute().equals(info.id().name()) && !sort.descending();
        if (keyOrder && filters.isEmpty() && scope == null) {
            return keyed(info, null);
        }
        GridQuery query = gridQuery(entity, sort, filters, scope);
        if (query.rawPageSql(GridQuery.Segment.ALL.get(0), 1).isEmpty()) {
            org.hibernate.dialect.Dialect dialect = dialect();
            return new IdListTableRows(this, info, sort, filters, scope, SqlColumns.persister(factory.unwrap(SessionFactoryImplementor.class),
                    info.name()), dialect instanceof org.hibernate.dialect.H2Dialect, dialect.getClass().getSimpleName().startsWith("SQLite"));
        }
        return new GridTableRows(this, info, query, dialect());
    }

    /**
     * A table's rows in its key's order, as stored, every column; only those a SQL condition on its
     * own columns lets through ({@code user_id = 3}) where one is given.
     */
    public TableRows tableRows(String entity, String whereSql) {
        return keyed(exportable(entity), whereSql);
    }

    private TableRows keyed(EntityInfo entity, String whereSql) {
        org.hibernate.dialect.Dialect dialect = dialect();
        return new KeyedTableRows(this, entity, SqlColumns.persister(factory.unwrap(SessionFactoryImplementor.class), entity.name()),
                dialect instanceof org.hibernate.dialect.H2Dialect, dialect.getClass().getSimpleName().startsWith("SQLite"), whereSql);
    }

    private EntityInfo exportable(String entity) {
        EntityInfo info = available(entity);
        if (info.keyless()) {
            throw new DatabaseException(NOT_FOUND, info.name() + " has no key to read its rows in pages by, so it cannot be exported yet.");
        }
        return info;
    }

    /**
     * How many statements of Rowboat's own the pages have run, each counted whether it was
     * prepared for it or reused (see {@link PageStatements}); what Hibernate runs from HQL is
     * counted in its statistics instead.
     */
    public long statementsRun() {
        return statements.runs();
    }

    /** The kind of database the pages come from, by its Hibernate dialect. */
    public dev.rowboat.schema.Dbms dbms() {
        org.hibernate.dialect.Dialect dialect = dialect();
        if (dialect instanceof org.hibernate.dialect.H2Dialect) {
            return dev.rowboat.schema.Dbms.H2;
        }
        if (dialect instanceof org.hibernate.dialect.PostgreSQLDialect) {
            return dev.rowboat.schema.Dbms.POSTGRESQL;
        }
        return dialect.getClass().getSimpleName().startsWith("SQLite") ? dev.rowboat.schema.Dbms.SQLITE : dev.rowboat.schema.Dbms.MARIADB;
    }

    /** An entity of the catalog as it is now: what a link's target is, how its ids are typed. */
    public Optional<EntityInfo> entity(String entityName) {
        return catalog.get().find(entityName);
    }

    /** The entity if its rows are known by position, not by a key (read-only); else null. */
    private EntityInfo keyless(String entityName) {
        EntityInfo entity = available(entityName);
        return entity.keyless() ? entity : null;
    }

    private org.hibernate.dialect.Dialect dialect() {
        return factory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    }

    /** The catalog as it is now. */
    EntityCatalog catalog() {
        return catalog.get();
    }

    /** An entity whose table is present, or a NOT_FOUND failure that says why not. */
    EntityInfo available(String entityName) {
        return available(catalog.get(), entityName);
    }

    private static EntityInfo available(EntityCatalog current, String entityName) {
        EntityInfo entity = current.find(entityName).orElseThrow(() ->
                new DatabaseException(NOT_FOUND, "This database has no entity " + entityName + "."));
        if (!entity.available()) {
            throw new DatabaseException(NOT_FOUND, entity.name() + " cannot be shown: " + entity.whyUnavailable());
        }
        return entity;
    }

    private GridQuery gridQuery(String entityName, SortKey sort, List<Filter> filters, Scope scope) {
        EntityCatalog current = catalog.get();
        return queries.get(current, entityName, sort, filters, scope, () -> {
            EntityInfo entity = available(current, entityName);
            SqlColumns columns = ownSql ? SqlColumns.of(factory.unwrap(SessionFactoryImplementor.class), entity.name()).orElse(null) : null;
            return new GridQuery(current, entity, columns, sort, filters, nullsSortHigh).within(current, scope);
        });
    }

    private Page forward(PageConnection connection, GridQuery query, List<Segment> segments, int size, boolean moreBefore) {
        List<Row> rows = read(connection, query, segments, true, size + 1);
        boolean moreAfter = rows.size() > size;
        List<Row> shown = moreAfter ? rows.subList(0, size) : rows;
        return new Page(query.withCounts(connection, shown), moreBefore, moreAfter);
    }

    private Page backward(PageConnection connection, GridQuery query, List<Segment> segments, int size, boolean moreAfter) {
        List<Row> rows = read(connection, query, segments, false, size + 1);
        boolean moreBefore = rows.size() > size;
        List<Row> shown = moreBefore ? rows.subList(0, size) : rows;
        Collections.reverse(shown);
        return new Page(query.withCounts(connection, shown), moreBefore, moreAfter);
    }

    /** Up to {@code limit} rows from the segments, in reading order: the next segment only if the first falls short. */
    private List<Row> read(PageConnection connection, GridQuery query, List<Segment> segments, boolean forward, int limit) {
        if (segments.size() == 1) {
            return run(connection, query, segments.get(0), forward, limit);
        }
        List<Row> rows = new ArrayList<>();
        for (Segment segment : segments) {
            rows.addAll(run(connection, query, segment, forward, limit - rows.size()));
            if (rows.size() >= limit) {
                break;
            }
        }
        return rows;
    }

    private Page seek(PageConnection connection, GridQuery query, double fraction, int size) {
        if (fraction <= 0) {
            return forward(connection, query, Segment.ALL, size, false);
        }
        Bounds bounds = bounds(connection, query);
        Optional<Object> start = query.descending()
                ? KeyInterpolator.between(bounds.low(), bounds.high(), 1 - fraction)
                : KeyInterpolator.between(bounds.low(), bounds.high(), fraction);
        if (fraction >= 1 || start.isEmpty()) {
            return fraction < 0.5 ? forward(connection, query, Segment.ALL, size, false)
                    : backward(connection, query, Segment.ALL, size, false);
        }
        Page page = forward(connection, query, query.seek(start.get()), size, true);
        // Near the end the seek may find less than a page: show the last full page instead.
        return page.rows().size() < size ? backward(connection, query, Segment.ALL, size, false) : page;
    }

    /** The smallest and the largest non-null sort value that the filters let through (null where no row). */
    private record Bounds(Object low, Object high) {
    }

    private Bounds bounds(PageConnection connection, GridQuery query) {
        Optional<GridQuery.PageSql> sql = query.boundsSql();
        if (sql.isPresent()) {
            return connection.query(sql.get().sql(), sql.get().parameters(), (rs, s) ->
                    new Bounds(OwnStatement.read(rs, 1, query.sortType(), s), OwnStatement.read(rs, 2, query.sortType(), s))).get(0);
        }
        return new Bounds(bound(connection.session(), query, true), bound(connection.session(), query, false));
    }

    private static Object bound(StatelessSession session, GridQuery query, boolean lowest) {
        SelectionQuery<Object> q = session.createSelectionQuery(query.boundQuery(lowest), Object.class);
        query.filterParameters().forEach(q::setParameter);
        List<Object> found = q.setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The rows of one segment, their to-many cells still empty (see {@link GridQuery#withCounts}). */
    private List<Row> run(PageConnection connection, GridQuery query, Segment segment, boolean forward, int limit) {
        Optional<GridQuery.PageSql> sql = query.pageSql(segment, forward, limit);
        if (sql.isPresent()) {
            return connection.read(sql.get().sql(), sql.get().parameters(), rs -> query.readRows(rs, connection.options(), limit));
        }
        SelectionQuery<Object[]> q = connection.session().createSelectionQuery(query.pageQuery(segment, forward), Object[].class);
        query.filterParameters().forEach(q::setParameter);
        segment.bind().forEach(q::setParameter);
        q.setMaxResults(limit);
        q.setFetchSize(limit);
        List<Row> rows = new ArrayList<>(limit);
        for (Object[] tuple : q.getResultList()) {
            rows.add(query.row(tuple));
        }
        return rows;
    }

    /** Runs read-only work in a stateless session that {@code cancel} can stop. */
    <T> T inSession(QueryCancel cancel, Function<StatelessSession, T> work) {
        return cancellable(cancel, () -> {
            try (StatelessSession session = factory.openStatelessSession()) {
                var jdbc = session.unwrap(SharedSessionContractImplementor.class).getJdbcCoordinator();
                return bound(cancel, jdbc::cancelLastQuery, () -> work.apply(session));
            }
        });
    }

    /**
     * Runs a keyed grid's read (a page, go to id's key, where a key lies) on a connection taken from
     * the pool, with no Hibernate session unless it needs HQL (see {@link PageConnection}); {@code
     * cancel} stops the statement running.
     */
    private <T> T onConnection(QueryCancel cancel, Function<PageConnection, T> work) {
        return cancellable(cancel, () -> {
            try (PageConnection connection = PageConnection.open(factory.unwrap(SessionFactoryImplementor.class), statements, cancel)) {
                return bound(cancel, connection::cancelRunning, () -> work.apply(connection));
            }
        });
    }

    /** A read not started once cancelled, and its failure said as a sentence (or as the cancel it was). */
    private static <T> T cancellable(QueryCancel cancel, Supplier<T> read) {
        if (cancel.isCancelled()) {
            throw new DatabaseException(CANCELLED, "The query was cancelled.");
        }
        try {
            return read.get();
        } catch (DatabaseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(cancel, e);
        }
    }

    /** {@code work}, with {@code stop} as what a cancel does while it runs. */
    private static <T> T bound(QueryCancel cancel, Runnable stop, Supplier<T> work) {
        cancel.bind(stop);
        try {
            return work.get();
        } finally {
            cancel.unbind();
        }
    }

    private static DatabaseException failure(QueryCancel cancel, RuntimeException e) {
        return cancel.isCancelled() ? new DatabaseException(CANCELLED, "The query was cancelled.", e) : QueryErrors.translate(e);
    }

    /** Query failures as sentences. */
    static final class QueryErrors {
        private QueryErrors() {
        }

        static DatabaseException translate(RuntimeException e) {
            String message = DatabaseException.reasonOf(e);
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("permission denied") || lower.contains("command denied") || lower.contains("access denied")) {
                return new DatabaseException(PERMISSION_DENIED, "The database refused to show these rows: " + message, e);
            }
            return new DatabaseException(QUERY_FAILED, "The query failed: " + message, e);
        }
    }
}
