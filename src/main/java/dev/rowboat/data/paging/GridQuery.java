package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.schema.DatabaseException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.metamodel.mapping.JdbcMapping;

/**
 * The query of one grid (entity, order, filters, scope) in HQL, and, where every part of it is a
 * single column of a single table (see {@link SqlColumns}), also as SQL that a page runs as a
 * statement of Rowboat's own. Pages differ only in their keyset predicate and direction, so
 * Hibernate's query plan cache serves all of them after the first, and the SQL that pages share
 * is rendered once per grid.
 */
final class GridQuery {
    private static final String ROOT = "e";

    /** A page's statement of our own. */
    record PageSql(String sql, List<OwnStatement.Parameter> parameters) {
    }

    /** What a page statement's text is made of beyond the grid's shape (see {@link #pageTexts}). */
    private record PageText(String keyset, boolean forward, int limit) {
    }

    /**
     * What every statement of this grid shares as SQL: the select list, the from clause with its
     * joins and the filters' and scope's conditions (and their parameters), and both orders.
     */
    private record SqlShape(String select, String from, boolean filtered, List<OwnStatement.Parameter> parameters,
                            String orderForward, String orderBackward) {
        /** The from clause with one more condition. */
        String from(String condition) {
            return from + (filtered ? " and " : " where ") + condition;
        }
    }

    private final EntityInfo entity;
    /** The first (or only) column of the id: what scopes compare, and the sort when there is none. */
    private final Expr id;
    private final IdColumns ids;
    private final List<Expr> select = new ArrayList<>();
    private final List<Expr> joins = new ArrayList<>();
    /** How each cell is made from the tuple: null where it is a selected value as it is (see {@link #plainCells}). */
    private final List<Function<Object[], Object>> cellReaders = new ArrayList<>();
    /** Each cell's index in the tuple where it is the selected value itself; -1 where {@link #cellReaders} makes it, -2 for a count. */
    private final List<Integer> plainCellIndexes = new ArrayList<>();
    /**
     * {@link #plainCellIndexes} as an array: a page makes hundreds of cells, and most are a
     * tuple's value as it is; a call through a lambda for each was a twentieth of an H2 page.
     */
    private final int[] plainCells;
    /** The cell index of each to-many attribute, in {@link ToManyCounts#attributes()}'s order. */
    private final List<Integer> toManyCells = new ArrayList<>();
    /** Whether a row keeps views of the tuple it was made from (a composite id is one), so that the tuple cannot be reused. */
    private boolean rowsViewTuple;
    private final ToManyCounts toMany;
    private final Map<String, Expr> expressions = new LinkedHashMap<>();
    private final Map<String, Class<?>> expressionTypes = new LinkedHashMap<>();
    private final Map<String, Integer> selectIndexOfExpression = new LinkedHashMap<>();
    /** Each to-one's target id, by attribute: its one column, or a composite id's parts in key order. */
    private final Map<String, List<Expr>> joinedIds = new LinkedHashMap<>();
    private final List<Clause> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final SqlColumns columns;
    private final Expr sortExpression;
    private final int sortIndex;
    private final boolean sortById;
    private final boolean sortNullable;
    private final boolean descending;
    private final boolean nullsSortHigh;
    private volatile Optional<SqlShape> sqlShape;
    /**
     * The text of each page statement run, by what varies between pages: made once, the text's
     * hash is too, by which the statement kept prepared is found (made and hashed anew for every
     * page, it was a fiftieth of an H2 page). A handful per grid; {@value #PAGE_TEXTS} at most.
     */
    private final Map<PageText, String> pageTexts = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PAGE_TEXTS = 256;
    /** {@link #boundsSql} and {@link #keySql}'s text, the same for every call; made at the first. */
    private volatile PageSql bounds;
    private volatile String keyText;
    /** How {@link #readRows} reads each selected column, chosen at the first page. */
    private volatile OwnStatement.TupleReader tupleReader;
    /** How {@link #readKey} reads the sort value and the id, chosen at its first use. */
    private volatile OwnStatement.TupleReader keyReader;

    /** @param columns the entity's columns, or null to read every page through HQL */
    GridQuery(EntityCatalog catalog, EntityInfo entity, SqlColumns columns, SortKey sort, List<Filter> filters, boolean nullsSortHigh) {
        this.entity = entity;
        this.columns = columns;
        this.nullsSortHigh = nullsSortHigh;
        this.ids = new IdColumns(entity.idAttributes().stream().map(a ->
                Expr.of(ROOT + "." + a.name(), columns == null ? Optional.empty() : columns.column(a.name()), ROOT)).toList());
        this.id = ids.first();
        this.rowsViewTuple = ids.composite();
        for (AttributeInfo attribute : entity.attributes()) {
            addCell(catalog, attribute);
        }
        this.plainCells = plainCellIndexes.stream().mapToInt(Integer::intValue).toArray();
        this.toMany = new ToManyCounts(entity);
        AttributeInfo sortAttribute = sort == null || sort.attribute() == null ? entity.id()
                : entity.attribute(sort.attribute()).filter(AttributeInfo::isQueryable).orElseThrow(() ->
                        new DatabaseException(DatabaseException.Kind.INVALID_VALUE, entity.name() + " cannot be sorted by " + sort.attribute() + "."));
        this.sortExpression = expressions.get(sortAttribute.name());
        this.sortIndex = selectIndexOfExpression.get(sortExpression.hql());
        // one part of a composite key is sorted by as any column is, the whole key breaking its ties
        this.sortById = sortAttribute == entity.id() && (sort == null || sort.attribute() == null || !ids.composite());
        this.sortNullable = sortAttribute.nullable() || sortAttribute.kind() == AttributeKind.TO_ONE;
        this.descending = sort != null && sort.descending();
        for (Filter filter : filters) {
            addFilter(filter);
        }
    }

    /** Only the rows the scope's owner holds, by a subquery over the association (any kind). */
    GridQuery within(EntityCatalog catalog, Scope scope) {
        if (scope == null) {
            return this;
        }
        if (scope.isQuery()) {
            // the query's own rows, compared whole (every key column); it runs as a subquery, so the
            // grid keeps its keyset pages, links and editing over any number of rows
            addCondition(new Clause.Builder().hqlOnly(ROOT + " in (" + scope.query() + ")").build());
            return this;
        }
        EntityInfo owner = catalog.find(scope.ownerEntity()).orElseThrow(() -> new DatabaseException(
                DatabaseException.Kind.NOT_FOUND, "This database has no entity " + scope.ownerEntity() + "."));
        if (scope.incoming()) {
            AttributeInfo reference = entity.attribute(scope.association())
                    .filter(a -> a.kind() == AttributeKind.TO_ONE && owner.name().equals(a.targetEntity()))
                    .orElseThrow(() -> new DatabaseException(DatabaseException.Kind.NOT_FOUND,
                            entity.name() + "." + scope.association() + " does not refer to " + owner.name() + "."));
            addCondition(ownerIs(reference, owner, scope.ownerId()));
            return this;
        }
        AttributeInfo association = owner.attribute(scope.association()).filter(a -> entity.name().equals(a.targetEntity()))
                .orElseThrow(() -> new DatabaseException(DatabaseException.Kind.NOT_FOUND,
                        scope.ownerEntity() + "." + scope.association() + " does not lead to " + entity.name() + "."));
        List<AttributeInfo> back = entity.attributes().stream()
                .filter(a -> a.kind() == AttributeKind.TO_ONE && owner.name().equals(a.targetEntity())).toList();
        if (association.kind() == AttributeKind.TO_MANY && association.joinTable() == null && back.size() == 1) {
            // A one-to-many is its target's foreign key: compared directly it uses the key's index, where
            // the IN subquery is run again for every row on H2 (a user with 100,000 posts never opened).
            addCondition(ownerIs(back.get(0), owner, scope.ownerId()));
            return this;
        }
        if (ids.composite() || owner.compositeId()) { // the rows themselves compared, which Hibernate does on all of the key's columns
            addCondition(new Clause.Builder().hqlOnly("exists (select 1 from " + owner.name() + " o join o." + association.name()
                    + " t where t = " + ROOT + " and " + IdMatch.hql(owner, "o", "scopeOwner") + ")",
                    IdMatch.bind(owner, "scopeOwner", scope.ownerId())).build());
            return this;
        }
        addCondition(new Clause.Builder().expr(id).hqlOnly(" in (select t." + entity.id().name() + " from " + owner.name()
                + " o join o." + association.name() + " t where o." + owner.id().name() + " = ")
                .param("scopeOwner", scope.ownerId(), id).text(")").build());
        return this;
    }

    /**
     * {@code e.reference.id = owner} (each part of a composite id); in SQL on the id of the
     * reference's join, as Hibernate renders it: compared on the foreign key column instead, H2
     * read a user's 100,000 posts by the key's index and sorted them all for the first page.
     */
    private Clause ownerIs(AttributeInfo reference, EntityInfo owner, Object ownerId) {
        List<Expr> joined = joinedIds.get(reference.name());
        List<AttributeInfo> parts = owner.idAttributes();
        Map<String, Object> values = IdMatch.bind(owner, "scopeOwner", ownerId);
        Clause.Builder clause = new Clause.Builder();
        int i = 0;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            Expr referenced = new Expr(ROOT + "." + reference.name() + "." + parts.get(i).name(), joined.get(i).sql(), joined.get(i).type());
            clause.text(i == 0 ? "" : " and ").expr(referenced).text(" = ").param(value.getKey(), value.getValue(), referenced);
            i++;
        }
        return clause.build();
    }

    /** A condition of every query of this grid; its named parameters are what HQL binds for all of them. */
    private void addCondition(Clause condition) {
        conditions.add(condition);
        parameters.putAll(condition.named());
    }

    private void addCell(EntityCatalog catalog, AttributeInfo attribute) {
        switch (attribute.kind()) {
            case ID, BASIC -> {
                Expr expr = attribute.kind() == AttributeKind.ID ? ids.parts().get(entity.idAttributes().indexOf(attribute))
                        : Expr.of(ROOT + "." + attribute.name(), columns == null ? Optional.empty() : columns.column(attribute.name()), ROOT);
                if (attribute.textRule() != null && attribute.textRule().nativeType()) {
                    // PostgreSQL's json has no = and no order, and json, jsonb and enums no lower() or like:
                    // their text has all of them, and it is what the grid shows
                    expr = new Expr("cast(" + expr.hql() + " as String)", expr.sql() == null ? null : "cast(" + expr.sql() + " as text)",
                            expr.type());
                }
                int index = addSelect(expr);
                expressions.put(attribute.name(), expr);
                expressionTypes.put(attribute.name(), attribute.javaType());
                cellReaders.add(null);
                plainCellIndexes.add(index);
            }
            case TO_ONE -> {
                EntityInfo target = catalog.get(attribute.targetEntity());
                String alias = "j" + joins.size();
                Optional<SqlColumns.ToOne> join = columns == null ? Optional.empty() : columns.toOne(attribute.name());
                joins.add(new Expr("left join " + ROOT + "." + attribute.name() + " " + alias, join.map(j -> "left join "
                        + j.target().table() + " " + alias + " on " + alias + "." + j.targetJoinColumn() + " = " + ROOT + "." + j.ownJoinColumn())
                        .orElse(null), null));
                Optional<SqlColumns> targetColumns = join.map(SqlColumns.ToOne::target);
                AttributeInfo label = target.labelAttribute();
                // a target of several key columns has no SqlColumns, so its join and its parts are HQL's
                List<Expr> targetIds = target.compositeId()
                        ? IdMatch.paths(target, alias).stream().map(path -> new Expr(path, null, null)).toList()
                        : List.of(Expr.of(alias + "." + target.id().name(), targetColumns.map(SqlColumns::id), alias));
                joinedIds.put(attribute.name(), targetIds);
                int idIndex = addSelect(targetIds.get(0));
                targetIds.subList(1, targetIds.size()).forEach(this::addSelect); // in order, right after the first
                Expr labelExpr = Expr.of(alias + "." + label.name(), targetColumns.flatMap(t -> t.column(label.name())), alias);
                int labelIndex = addSelect(labelExpr);
                expressions.put(attribute.name(), labelExpr);
                expressionTypes.put(attribute.name(), label.javaType());
                String targetName = target.name();
                // labelled by a part of its key, a row of several key columns is named by all of them
                boolean wholeId = target.compositeId() && label.kind() == AttributeKind.ID;
                int targetIdParts = targetIds.size();
                rowsViewTuple |= targetIdParts > 1;
                plainCellIndexes.add(-1);
                cellReaders.add(tuple -> {
                    Object targetId = IdMatch.read(targetIdParts, tuple, idIndex);
                    return targetId == null ? null : new RefValue(targetName, targetId, wholeId ? targetId : tuple[labelIndex]);
                });
            }
            case TO_MANY -> {
                toManyCells.add(cellReaders.size());
                plainCellIndexes.add(-2); // made by withCounts
                cellReaders.add(tuple -> null); // filled per page by one grouped query
            }
        }
    }

    private int addSelect(Expr expression) {
        return selectIndexOfExpression.computeIfAbsent(expression.hql(), e -> {
            select.add(expression);
            return select.size() - 1;
        });
    }

    private void addFilter(Filter filter) {
        if (filter.isAnyText()) {
            addAnyText(filter.value());
            return;
        }
        AttributeInfo attribute = entity.attribute(filter.attribute()).filter(AttributeInfo::isQueryable)
                .orElseThrow(() -> new DatabaseException(DatabaseException.Kind.INVALID_VALUE,
                        entity.name() + " cannot be filtered by " + filter.attribute() + "."));
        Expr expression = expressions.get(attribute.name());
        Class<?> type = expressionTypes.get(attribute.name());
        String parameter = "f" + parameters.size();
        FilterOp op = filter.op();
        if (!op.needsValue()) {
            addCondition(new Clause.Builder().expr(expression).text(op == FilterOp.IS_NULL ? " is null" : " is not null").build());
            return;
        }
        if (op.textOnly()) {
            if (type != String.class) {
                throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE,
                        "\"" + op.label() + "\" works on text; " + attribute.name() + " holds " + type.getSimpleName() + " values.");
            }
            String escaped = escapeLike(filter.value().toLowerCase(java.util.Locale.ROOT));
            String pattern = switch (op) {
                case CONTAINS -> "%" + escaped + "%";
                case STARTS_WITH -> escaped + "%";
                default -> "%" + escaped;
            };
            addCondition(new Clause.Builder().text("lower(").expr(expression).text(") like ").param(parameter, pattern, expression)
                    .text(" escape '!'").build());
            return;
        }
        Object value = ValueParser.parse(type, filter.value(), "filter on " + attribute.name());
        String comparison = switch (op) {
            case LESS_THAN -> " < ";
            case GREATER_THAN -> " > ";
            default -> " = ";
        };
        addCondition(new Clause.Builder().expr(expression).text(comparison).param(parameter, value, expression).build());
    }

    /**
     * Find: the text in any of the entity's own text columns (its key's too), ignoring case, as
     * one "contains" per column joined by {@code or}; the links' labels are other tables' columns.
     */
    private void addAnyText(String text) {
        List<AttributeInfo> texts = entity.attributes().stream()
                .filter(a -> (a.kind() == AttributeKind.ID || a.kind() == AttributeKind.BASIC) && expressionTypes.get(a.name()) == String.class)
                .toList();
        if (texts.isEmpty()) {
            throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE, entity.name() + " has no text columns to find \"" + text + "\" in.");
        }
        String parameter = "f" + parameters.size();
        String pattern = "%" + escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%";
        Clause.Builder clause = new Clause.Builder().text("(");
        for (int i = 0; i < texts.size(); i++) {
            Expr expression = expressions.get(texts.get(i).name());
            clause.text(i == 0 ? "lower(" : " or lower(").expr(expression).text(") like ").param(parameter, pattern, expression).text(" escape '!'");
        }
        addCondition(clause.text(")").build());
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The query for one page, read in display order ({@code forward}) or against it. */
    String pageQuery(Segment segment, boolean forward) {
        return "select " + String.join(", ", select.stream().map(Expr::hql).toList()) + from() + where(segment.hql()) + " order by "
                + String.join(", ", order().stream().map(o -> o.hql() + direction(forward)).toList());
    }

    /**
     * The same page as SQL of our own, with a {@code limit} every supported database reads; empty
     * where some part of the query has no SQL here (it then goes through HQL).
     */
    Optional<PageSql> pageSql(Segment segment, boolean forward, int limit) {
        Optional<SqlShape> shape = sqlShape();
        Clause keyset = segment.condition();
        if (shape.isEmpty() || keyset != null && keyset.sql() == null) {
            return Optional.empty();
        }
        SqlShape sql = shape.get();
        List<OwnStatement.Parameter> bound = sql.parameters();
        if (keyset != null) {
            bound = new ArrayList<>(bound);
            bound.addAll(keyset.positional());
        }
        PageText text = new PageText(keyset == null ? null : keyset.sql(), forward, limit);
        String made = pageTexts.get(text);
        if (made == null) {
            made = sql.select() + (keyset == null ? sql.from() : sql.from(keyset.sql()))
                    + (forward ? sql.orderForward() : sql.orderBackward()) + " limit " + limit;
            if (pageTexts.size() >= PAGE_TEXTS) {
                pageTexts.clear();
            }
            pageTexts.put(text, made);
        }
        return Optional.of(new PageSql(made, bound));
    }

    /**
     * A page of the table's own columns as stored ({@code e.*}, in the table's column order) with
     * the sort value and the id after them, for an export; empty where the grid has no SQL here.
     */
    Optional<PageSql> rawPageSql(Segment segment, int limit) {
        Optional<SqlShape> shape = sqlShape();
        Clause keyset = segment.condition();
        if (shape.isEmpty() || keyset != null && keyset.sql() == null) {
            return Optional.empty();
        }
        SqlShape sql = shape.get();
        List<OwnStatement.Parameter> bound = new ArrayList<>(sql.parameters());
        if (keyset != null) {
            bound.addAll(keyset.positional());
        }
        String select = "select " + ROOT + ".*, " + sortExpression.sql() + ", "
                + String.join(", ", ids.parts().stream().map(Expr::sql).toList());
        return Optional.of(new PageSql(select + (keyset == null ? sql.from() : sql.from(keyset.sql())) + sql.orderForward()
                + " limit " + limit, bound));
    }

    /** The types the sort value and the id parts are read with, in {@link #rawPageSql}'s order after the table's columns. */
    List<JdbcMapping> keyTypes() {
        List<JdbcMapping> types = new ArrayList<>();
        types.add(sortExpression.type());
        ids.parts().forEach(part -> types.add(part.type()));
        return types;
    }

    /** The key of a row from its sort value and id parts as {@link #rawPageSql} selects them. */
    Key keyFrom(Object[] sortAndId) {
        return new Key(sortAndId[0], ids.read(sortAndId, 1));
    }

    /**
     * Both of {@link #boundQuery}'s values as one statement of our own (two scalar subqueries),
     * where the grid has its SQL: a jump then costs SQLite one statement before its page, not two.
     */
    Optional<PageSql> boundsSql() {
        PageSql made = bounds;
        if (made != null) {
            return Optional.of(made);
        }
        return sqlShape().map(sql -> {
            List<OwnStatement.Parameter> twice = new ArrayList<>(sql.parameters());
            twice.addAll(sql.parameters());
            PageSql both = new PageSql("select (" + boundSubquery(sql, true) + "), (" + boundSubquery(sql, false) + ")", List.copyOf(twice));
            bounds = both;
            return both;
        });
    }

    private String boundSubquery(SqlShape sql, boolean lowest) {
        return "select " + sortExpression.sql() + (sortNullable ? sql.from(sortExpression.sql() + " is not null") : sql.from())
                + " order by " + sortExpression.sql() + (lowest ? " asc" : " desc") + " limit 1";
    }

    /**
     * {@link #keyQuery} as SQL of our own (empty where the grid has none): go to id reads its key
     * with the same kind of statement as the pages, where HQL's setup of a query took twice as long
     * as H2's answer.
     */
    Optional<PageSql> keySql(Object id) {
        return sqlShape().map(sql -> {
            List<OwnStatement.Parameter> bound = new ArrayList<>(sql.parameters());
            List<Expr> parts = ids.parts();
            for (int i = 0; i < parts.size(); i++) {
                bound.add(new OwnStatement.Parameter(ids.composite() ? ((CompositeId) id).get(i) : id, parts.get(i).type()));
            }
            String text = keyText;
            if (text == null) {
                String equal = String.join(" and ", parts.stream().map(part -> part.sql() + " = ?").toList());
                text = "select " + sortExpression.sql() + ", " + String.join(", ", parts.stream().map(Expr::sql).toList())
                        + sql.from(equal) + " limit 1";
                keyText = text;
            }
            return new PageSql(text, bound);
        });
    }

    /** The key of a row of {@link #keySql}, typed as the pages read it. */
    Key readKey(ResultSet rs, WrapperOptions session) throws SQLException {
        OwnStatement.TupleReader reader = keyReader;
        if (reader == null) {
            List<JdbcMapping> types = new ArrayList<>();
            types.add(sortExpression.type());
            ids.parts().forEach(part -> types.add(part.type()));
            reader = new OwnStatement.TupleReader(types);
            keyReader = reader; // two threads may both choose it; they choose the same
        }
        return keyOf(reader.read(rs, session, new Object[1 + ids.parts().size()]));
    }

    /** The type the sort column is read with. */
    JdbcMapping sortType() {
        return sortExpression.type();
    }

    /**
     * The grid's {@link SqlShape}, rendered at the first page: empty when some part has no SQL here
     * (the sort and id are among the selected columns, so the orders have SQL when they do). Grids
     * are cached and shared by threads; two of them rendering it at once render the same.
     */
    private Optional<SqlShape> sqlShape() {
        Optional<SqlShape> shape = sqlShape;
        if (shape == null) {
            shape = renderSqlShape();
            sqlShape = shape;
        }
        return shape;
    }

    private Optional<SqlShape> renderSqlShape() {
        boolean complete = columns != null && select.stream().allMatch(e -> e.sql() != null) && joins.stream().allMatch(e -> e.sql() != null)
                && conditions.stream().allMatch(c -> c.sql() != null);
        if (!complete) {
            return Optional.empty();
        }
        StringBuilder from = new StringBuilder(" from ").append(columns.table()).append(' ').append(ROOT);
        joins.forEach(join -> from.append(' ').append(join.sql()));
        List<OwnStatement.Parameter> bound = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            from.append(i == 0 ? " where " : " and ").append(conditions.get(i).sql());
            bound.addAll(conditions.get(i).positional());
        }
        return Optional.of(new SqlShape("select " + String.join(", ", select.stream().map(Expr::sql).toList()), from.toString(),
                !conditions.isEmpty(), List.copyOf(bound), sqlOrder(true), sqlOrder(false)));
    }

    private String sqlOrder(boolean forward) {
        return " order by " + String.join(", ", order().stream().map(o -> o.sql() + direction(forward)).toList());
    }

    /**
     * The rows of one {@link #pageSql} result, their to-many cells still empty (see {@link
     * #withCounts}). Each row's columns are read into one array for the whole result, not a new one
     * per row, where no row keeps a view of it.
     */
    List<Row> readRows(ResultSet rs, WrapperOptions options, int limit) throws SQLException {
        OwnStatement.TupleReader reader = tupleReader;
        if (reader == null) {
            reader = new OwnStatement.TupleReader(select.stream().map(Expr::type).toList());
            tupleReader = reader; // two threads may both choose it; they choose the same
        }
        List<Row> rows = new ArrayList<>(limit);
        Object[] scratch = rowsViewTuple ? null : new Object[select.size()];
        while (rs.next()) {
            rows.add(row(reader.read(rs, options, scratch == null ? new Object[select.size()] : scratch)));
        }
        return rows;
    }

    /** The row of a tuple (of {@link #pageQuery} or {@link #pageSql}), its to-many cells still empty (see {@link #withCounts}). */
    Row row(Object[] tuple) {
        int[] plain = plainCells;
        Object[] values = new Object[plain.length];
        for (int c = 0; c < values.length; c++) {
            int index = plain[c];
            if (index >= 0) {
                values[c] = tuple[index];
            } else if (index == -1) {
                values[c] = cellReaders.get(c).apply(tuple);
            }
        }
        return new Row(new Key(tuple[sortIndex], ids.read(tuple, 0)), new RowCells(values));
    }

    private List<Expr> order() {
        List<Expr> order = new ArrayList<>();
        if (!sortById) {
            order.add(sortExpression);
        }
        order.addAll(ids.parts());
        return order;
    }

    private String direction(boolean forward) {
        return forward != descending ? " asc" : " desc";
    }

    /**
     * The smallest (or largest) sort value, as the first row of the order rather than as
     * {@code min()}/{@code max()}: an index serves that on every database, with filters too, while
     * SQLite scans the whole table for a {@code min} and a {@code max} asked together.
     */
    String boundQuery(boolean lowest) {
        String order = " order by " + sortExpression.hql() + (lowest ? " asc" : " desc");
        return "select " + sortExpression.hql() + from() + where(sortNullable ? sortExpression.hql() + " is not null" : null) + order;
    }

    String countQuery() {
        return "select count(" + ROOT + ")" + from() + where(null);
    }

    /** The sort value and the id of the row that {@link #rowIdParameters} name; read by {@link #keyOf}. */
    String keyQuery() {
        return "select " + sortExpression.hql() + ", " + String.join(", ", ids.parts().stream().map(Expr::hql).toList())
                + from() + where(ids.isRowHql());
    }

    Map<String, Object> rowIdParameters(Object id) {
        return ids.rowIdParameters(id);
    }

    Key keyOf(Object[] found) {
        return new Key(found[0], ids.read(found, 1));
    }

    /**
     * A stretch of the order that one query reads: a keyset predicate (null: the whole order). A
     * keyset may take two, read one after the other, because an OR of the non-null values and
     * the nulls keeps databases from seeking the index.
     */
    record Segment(Clause condition) {
        static final List<Segment> ALL = List.of(new Segment(null));

        String hql() {
            return condition == null ? null : condition.hql();
        }

        Map<String, Object> bind() {
            return condition == null ? Map.of() : condition.named();
        }
    }

    /** Rows strictly after (or from, if inclusive) the key in the reading direction, in reading order. */
    List<Segment> keyset(Key key, boolean forward, boolean inclusive) {
        boolean ascending = forward != descending;
        String cmp = ascending ? ">" : "<";
        if (sortById) {
            return List.of(new Segment(ids.after(new Clause.Builder(), key.id(), ascending, inclusive).build()));
        }
        boolean nullsAtEnd = ascending == nullsSortHigh;
        if (key.sortValue() == null) {
            Segment inNulls = new Segment(ids.after(new Clause.Builder().text("(").expr(sortExpression).text(" is null and "),
                    key.id(), ascending, inclusive).text(")").build());
            return nullsAtEnd ? List.of(inNulls) : List.of(inNulls, new Segment(new Clause.Builder().expr(sortExpression).text(" is not null").build()));
        }
        // The first, redundant bound is what lets every database seek the index to the key instead
        // of reading the order from its start (H2 and SQLite ignore the index for the OR alone).
        Segment values = new Segment(ids.after(new Clause.Builder().text("(").expr(sortExpression).text(" " + cmp + "= ")
                .param("ks", key.sortValue(), sortExpression).text(" and (").expr(sortExpression).text(" " + cmp + " ")
                .param("ks", key.sortValue(), sortExpression).text(" or "), key.id(), ascending, inclusive).text("))").build());
        return sortNullable && nullsAtEnd ? List.of(values, nulls()) : List.of(values);
    }

    /** Rows from an interpolated sort value on, for a jump to a scroll position. */
    List<Segment> seek(Object sortValue) {
        boolean ascending = !descending;
        Segment values = new Segment(new Clause.Builder().expr(sortExpression).text(ascending ? " >= " : " <= ")
                .param("ks", sortValue, sortExpression).build());
        return sortNullable && ascending == nullsSortHigh ? List.of(values, nulls()) : List.of(values);
    }

    private Segment nulls() {
        return new Segment(new Clause.Builder().expr(sortExpression).text(" is null").build());
    }

    private String from() {
        StringBuilder sb = new StringBuilder(" from ").append(entity.name()).append(' ').append(ROOT);
        joins.forEach(join -> sb.append(' ').append(join.hql()));
        return sb.toString();
    }

    private String where(String extra) {
        List<String> all = new ArrayList<>(conditions.stream().map(Clause::hql).toList());
        if (extra != null) {
            all.add(extra);
        }
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    Map<String, Object> filterParameters() {
        return parameters;
    }

    /**
     * Fills in the to-many cells of a page's rows (made by {@link #row}, and not yet shown to anyone),
     * counted by one query per attribute for the whole page; returns the rows.
     */
    List<Row> withCounts(PageConnection connection, List<Row> rows) {
        if (toManyCells.isEmpty() || rows.isEmpty()) {
            return rows;
        }
        List<Object> rowIds = new ArrayList<>(rows.size());
        for (Row row : rows) {
            rowIds.add(row.id());
        }
        List<ToManyCounts.Counted> counts = toMany.count(connection, rowIds);
        for (int r = 0; r < rows.size(); r++) {
            RowCells cells = (RowCells) rows.get(r).cells();
            Object rowId = rowIds.get(r);
            for (int k = 0; k < counts.size(); k++) {
                cells.fill(toManyCells.get(k), toMany.cell(k, counts.get(k).of(rowId)));
            }
        }
        return rows;
    }

    boolean descending() {
        return descending;
    }

    EntityInfo entity() {
        return entity;
    }
}
