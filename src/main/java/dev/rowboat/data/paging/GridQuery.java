package dev.rowboat.data.paging;

import dev.rowboat.data.DatabaseException;
import dev.rowboat.data.ValueParser;
import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The HQL of one grid (entity, order, filters). Pages differ only in their keyset predicate and
 * direction, so Hibernate's query plan cache serves all of them after the first.
 */
final class GridQuery {
    private static final String ROOT = "e";

    private final EntityInfo entity;
    private final List<String> select = new ArrayList<>();
    private final List<String> joins = new ArrayList<>();
    private final List<Function<Object[], Object>> cellReaders = new ArrayList<>();
    private final Map<String, String> expressions = new LinkedHashMap<>();
    private final Map<String, Class<?>> expressionTypes = new LinkedHashMap<>();
    private final Map<String, Integer> selectIndexOfExpression = new LinkedHashMap<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String sortExpression;
    private final int sortIndex;
    private final boolean sortById;
    private final boolean sortNullable;
    private final boolean descending;
    private final boolean nullsSortHigh;

    GridQuery(EntityCatalog catalog, EntityInfo entity, SortKey sort, List<Filter> filters, boolean nullsSortHigh) {
        this.entity = entity;
        this.nullsSortHigh = nullsSortHigh;
        for (AttributeInfo attribute : entity.attributes()) {
            addCell(catalog, attribute);
        }
        AttributeInfo sortAttribute = sort == null || sort.attribute() == null ? entity.id()
                : entity.attribute(sort.attribute()).filter(AttributeInfo::isQueryable).orElseThrow(() ->
                        new DatabaseException(DatabaseException.Kind.INVALID_VALUE, entity.name() + " cannot be sorted by " + sort.attribute() + "."));
        this.sortExpression = expressions.get(sortAttribute.name());
        this.sortIndex = selectIndexOfExpression.get(sortExpression);
        this.sortById = sortAttribute.kind() == AttributeKind.ID;
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
        EntityInfo owner = catalog.find(scope.ownerEntity()).orElseThrow(() -> new DatabaseException(
                DatabaseException.Kind.NOT_FOUND, "This database has no entity " + scope.ownerEntity() + "."));
        if (scope.incoming()) {
            AttributeInfo reference = entity.attribute(scope.association())
                    .filter(a -> a.kind() == AttributeKind.TO_ONE && owner.name().equals(a.targetEntity()))
                    .orElseThrow(() -> new DatabaseException(DatabaseException.Kind.NOT_FOUND,
                            entity.name() + "." + scope.association() + " does not refer to " + owner.name() + "."));
            conditions.add(ROOT + "." + reference.name() + "." + owner.id().name() + " = :scopeOwner");
            parameters.put("scopeOwner", scope.ownerId());
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
            conditions.add(ROOT + "." + back.get(0).name() + "." + owner.id().name() + " = :scopeOwner");
            parameters.put("scopeOwner", scope.ownerId());
            return this;
        }
        conditions.add(ROOT + "." + entity.id().name() + " in (select t." + entity.id().name() + " from " + owner.name()
                + " o join o." + association.name() + " t where o." + owner.id().name() + " = :scopeOwner)");
        parameters.put("scopeOwner", scope.ownerId());
        return this;
    }

    private void addCell(EntityCatalog catalog, AttributeInfo attribute) {
        switch (attribute.kind()) {
            case ID, BASIC -> {
                int index = addSelect(ROOT + "." + attribute.name());
                expressions.put(attribute.name(), ROOT + "." + attribute.name());
                expressionTypes.put(attribute.name(), attribute.javaType());
                cellReaders.add(tuple -> tuple[index]);
            }
            case TO_ONE -> {
                EntityInfo target = catalog.get(attribute.targetEntity());
                String alias = "j" + joins.size();
                joins.add("left join " + ROOT + "." + attribute.name() + " " + alias);
                int idIndex = addSelect(alias + "." + target.id().name());
                AttributeInfo label = target.labelAttribute();
                int labelIndex = addSelect(alias + "." + label.name());
                expressions.put(attribute.name(), alias + "." + label.name());
                expressionTypes.put(attribute.name(), label.javaType());
                String targetName = target.name();
                cellReaders.add(tuple -> tuple[idIndex] == null ? null : new RefValue(targetName, tuple[idIndex], tuple[labelIndex]));
            }
            case TO_MANY -> cellReaders.add(tuple -> null); // filled per page by one grouped query
        }
    }

    private int addSelect(String expression) {
        return selectIndexOfExpression.computeIfAbsent(expression, e -> {
            select.add(e);
            return select.size() - 1;
        });
    }

    private void addFilter(Filter filter) {
        AttributeInfo attribute = entity.attribute(filter.attribute()).filter(AttributeInfo::isQueryable)
                .orElseThrow(() -> new DatabaseException(DatabaseException.Kind.INVALID_VALUE,
                        entity.name() + " cannot be filtered by " + filter.attribute() + "."));
        String expression = expressions.get(attribute.name());
        Class<?> type = expressionTypes.get(attribute.name());
        String parameter = "f" + parameters.size();
        FilterOp op = filter.op();
        if (!op.needsValue()) {
            conditions.add(expression + (op == FilterOp.IS_NULL ? " is null" : " is not null"));
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
            conditions.add("lower(" + expression + ") like :" + parameter + " escape '!'");
            parameters.put(parameter, pattern);
            return;
        }
        Object value = ValueParser.parse(type, filter.value(), "filter on " + attribute.name());
        String comparison = switch (op) {
            case LESS_THAN -> " < ";
            case GREATER_THAN -> " > ";
            default -> " = ";
        };
        conditions.add(expression + comparison + ":" + parameter);
        parameters.put(parameter, value);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The query for one page, read in display order ({@code forward}) or against it. */
    String pageQuery(String keysetCondition, boolean forward) {
        boolean ascending = forward != descending;
        String direction = ascending ? " asc" : " desc";
        String order = sortById ? idExpression() + direction : sortExpression + direction + ", " + idExpression() + direction;
        return "select " + String.join(", ", select) + from() + where(keysetCondition) + " order by " + order;
    }

    /**
     * The smallest (or largest) sort value, as the first row of the order rather than as
     * {@code min()}/{@code max()}: an index serves that on every database, with filters too, while
     * SQLite scans the whole table for a {@code min} and a {@code max} asked together.
     */
    String boundQuery(boolean lowest) {
        String order = " order by " + sortExpression + (lowest ? " asc" : " desc");
        return "select " + sortExpression + from() + where(sortNullable ? sortExpression + " is not null" : null) + order;
    }

    String countQuery() {
        return "select count(" + ROOT + ")" + from() + where(null);
    }

    String keyQuery() {
        return "select " + sortExpression + ", " + idExpression() + from() + where(idExpression() + " = :rowId");
    }

    /**
     * A stretch of the order that one query reads: a keyset predicate and its parameters. A
     * keyset may take two, read one after the other, because an OR of the non-null values and
     * the nulls keeps databases from seeking the index.
     */
    record Segment(String condition, Map<String, Object> bind) {
        static final List<Segment> ALL = List.of(new Segment(null, Map.of()));
    }

    /** Rows strictly after (or from, if inclusive) the key in the reading direction, in reading order. */
    List<Segment> keyset(Key key, boolean forward, boolean inclusive) {
        boolean ascending = forward != descending;
        String cmp = ascending ? ">" : "<";
        String idCmp = inclusive ? cmp + "=" : cmp;
        Map<String, Object> bind = new HashMap<>();
        bind.put("kid", key.id());
        String idCondition = idExpression() + " " + idCmp + " :kid";
        if (sortById) {
            return List.of(new Segment(idCondition, bind));
        }
        boolean nullsAtEnd = ascending == nullsSortHigh;
        if (key.sortValue() == null) {
            Segment inNulls = new Segment("(" + sortExpression + " is null and " + idCondition + ")", bind);
            return nullsAtEnd ? List.of(inNulls) : List.of(inNulls, new Segment(sortExpression + " is not null", Map.of()));
        }
        bind.put("ks", key.sortValue());
        // The first, redundant bound is what lets every database seek the index to the key instead
        // of reading the order from its start (H2 and SQLite ignore the index for the OR alone).
        Segment values = new Segment("(" + sortExpression + " " + cmp + "= :ks and (" + sortExpression + " " + cmp
                + " :ks or " + idCondition + "))", bind);
        return sortNullable && nullsAtEnd ? List.of(values, nulls()) : List.of(values);
    }

    /** Rows from an interpolated sort value on, for a jump to a scroll position. */
    List<Segment> seek(Object sortValue) {
        boolean ascending = !descending;
        Segment values = new Segment(sortExpression + (ascending ? " >= " : " <= ") + ":ks", Map.of("ks", sortValue));
        return sortNullable && ascending == nullsSortHigh ? List.of(values, nulls()) : List.of(values);
    }

    private Segment nulls() {
        return new Segment(sortExpression + " is null", Map.of());
    }

    private String from() {
        StringBuilder sb = new StringBuilder(" from ").append(entity.name()).append(' ').append(ROOT);
        joins.forEach(join -> sb.append(' ').append(join));
        return sb.toString();
    }

    private String where(String extra) {
        List<String> all = new ArrayList<>(conditions);
        if (extra != null) {
            all.add(extra);
        }
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    private String idExpression() {
        return ROOT + "." + entity.id().name();
    }

    Map<String, Object> filterParameters() {
        return parameters;
    }

    Row toRow(Object[] tuple) {
        List<Object> cells = new ArrayList<>(cellReaders.size());
        for (Function<Object[], Object> reader : cellReaders) {
            cells.add(reader.apply(tuple));
        }
        return new Row(new Key(tuple[sortIndex], tuple[0]), cells);
    }

    boolean descending() {
        return descending;
    }

    EntityInfo entity() {
        return entity;
    }
}
