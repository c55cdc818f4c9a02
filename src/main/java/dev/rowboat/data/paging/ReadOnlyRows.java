package dev.rowboat.data.paging;

import static dev.rowboat.schema.DatabaseException.Kind.NOT_FOUND;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.schema.DatabaseException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.hibernate.StatelessSession;
import org.hibernate.dialect.Dialect;

/**
 * The rows of a table or view without a usable key (no primary key and no unique column without
 * NULLs, a composite key, a view), read-only. No key is made up for them: a row is known by its
 * position in the order (the sort column, then every column), and pages are read by position
 * with LIMIT and OFFSET, as SQL of Rowboat's own through the grid's session. Rows that are
 * exact duplicates are all shown.
 */
final class ReadOnlyRows {
    private final EntityInfo entity;
    private final Dialect dialect;
    private final SortKey sort;
    private final String where;
    private final List<OwnStatement.Parameter> parameters = new ArrayList<>();

    ReadOnlyRows(EntityInfo entity, Dialect dialect, SortKey sort, List<Filter> filters) {
        this.entity = entity;
        this.dialect = dialect;
        this.sort = sort == null || sort.attribute().equals(entity.id().name()) ? null : sort;
        List<String> conditions = new ArrayList<>();
        for (Filter filter : filters) {
            conditions.add(condition(filter));
        }
        this.where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Page fetch(StatelessSession session, Anchor anchor, int size) {
        long offset;
        if (anchor instanceof Anchor.After after) {
            offset = position(after.key()) + 1;
        } else if (anchor instanceof Anchor.Before before) {
            offset = Math.max(0, position(before.key()) - size);
            size = (int) Math.min(size, position(before.key()));
        } else if (anchor instanceof Anchor.At at) {
            offset = position(at.key());
        } else if (anchor instanceof Anchor.Last) {
            offset = Math.max(0, count(session) - size);
        } else if (anchor instanceof Anchor.Fraction fraction) {
            offset = (long) (fraction.value() * Math.max(0, count(session) - size));
        } else {
            offset = 0;
        }
        List<Row> rows = read(session, offset, size + 1);
        boolean moreAfter = rows.size() > size;
        return new Page(moreAfter ? rows.subList(0, size) : rows, offset > 0, moreAfter);
    }

    long count(StatelessSession session) {
        String sql = "select count(*) from " + table() + where;
        return OwnStatement.query(session, sql, parameters, (rs, s) -> rs.getLong(1)).get(0);
    }

    OptionalDouble fractionOf(StatelessSession session, Key key) {
        long count = count(session);
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1.0, position(key) / (double) count));
    }

    static DatabaseException noKey(EntityInfo entity) {
        return new DatabaseException(NOT_FOUND, entity.name() + " has no key, so its rows have no id to go to. " + entity.readOnlyReason());
    }

    private List<Row> read(StatelessSession session, long offset, int limit) {
        List<AttributeInfo> columns = entity.attributes().subList(1, entity.attributes().size());
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i).column()));
        }
        sql.append(" from ").append(table()).append(where).append(" order by ");
        List<String> order = new ArrayList<>();
        if (sort != null) {
            order.add(quote(column(sort.attribute()).column()) + (sort.descending() ? " desc" : ""));
        }
        // every orderable column after it: rows that are equal in all of them are duplicates, in any order
        columns.stream().filter(ReadOnlyRows::orderable).forEach(c -> order.add(quote(c.column())));
        sql.append(order.isEmpty() ? "1" : String.join(", ", order));
        sql.append(" limit ").append(limit).append(" offset ").append(offset);
        int sortIndex = sort == null ? -1 : entity.attributes().indexOf(column(sort.attribute()));
        long[] position = {offset};
        return OwnStatement.query(session, sql.toString(), parameters, (rs, s) -> {
            List<Object> cells = new ArrayList<>();
            cells.add(position[0] + 1);
            for (int i = 0; i < columns.size(); i++) {
                cells.add(value(rs, i + 1, columns.get(i).javaType()));
            }
            Key key = new Key(sortIndex < 0 ? null : cells.get(sortIndex), position[0]++);
            return new Row(key, cells);
        });
    }

    private String condition(Filter filter) {
        if (filter.isAnyText()) {
            return anyText(filter.value());
        }
        AttributeInfo attribute = column(filter.attribute());
        String column = quote(attribute.column());
        FilterOp op = filter.op();
        if (op == FilterOp.IS_NULL) {
            return column + " is null";
        }
        if (op == FilterOp.IS_NOT_NULL) {
            return column + " is not null";
        }
        if (op.textOnly()) {
            String escaped = filter.value().replace("!", "!!").replace("%", "!%").replace("_", "!_");
            String pattern = switch (op) {
                case CONTAINS -> "%" + escaped + "%";
                case STARTS_WITH -> escaped + "%";
                default -> "%" + escaped;
            };
            parameters.add(new OwnStatement.Parameter(pattern, null));
            return column + " like ? escape '!'";
        }
        parameters.add(new OwnStatement.Parameter(ValueParser.parse(attribute.javaType(), filter.value(), entity.name() + "."
                + attribute.name()), null));
        return column + switch (op) {
            case LESS_THAN -> " < ?";
            case GREATER_THAN -> " > ?";
            default -> " = ?";
        };
    }

    /** Find: the text in any text column, ignoring case (the first attribute is the row's position, no column). */
    private String anyText(String text) {
        List<AttributeInfo> texts = entity.attributes().stream().filter(a -> a.column() != null && a.isText()).toList();
        if (texts.isEmpty()) {
            throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE, entity.name() + " has no text columns to find \"" + text + "\" in.");
        }
        String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<String> each = new ArrayList<>();
        for (AttributeInfo column : texts) {
            parameters.add(new OwnStatement.Parameter(pattern, null));
            each.add("lower(" + quote(column.column()) + ") like ? escape '!'");
        }
        return "(" + String.join(" or ", each) + ")";
    }

    private AttributeInfo column(String attribute) {
        return entity.attribute(attribute).filter(a -> a.column() != null).orElseThrow(() ->
                new DatabaseException(NOT_FOUND, entity.name() + " has no column " + attribute + "."));
    }

    private static boolean orderable(AttributeInfo column) {
        Class<?> type = column.javaType();
        return type != byte[].class && type != Object.class;
    }

    /** The driver's value, with java.sql's date types as java.time's, and what has no editor as text. */
    private static Object value(ResultSet rs, int index, Class<?> type) throws SQLException {
        Object value = type == BigDecimal.class ? rs.getBigDecimal(index) : JdbcValues.plain(rs.getObject(index));
        if (value != null && type == String.class && !(value instanceof String)) {
            return value.toString();
        }
        return value;
    }

    private long position(Key key) {
        return ((Number) key.id()).longValue();
    }

    private String table() {
        return quote(entity.table());
    }

    private String quote(String name) {
        return dialect.toQuotedIdentifier(name);
    }
}
