package dev.rowboat.data.paging;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.StatelessSession;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.jdbc.BigIntJdbcType;
import org.hibernate.type.descriptor.jdbc.DateJdbcType;
import org.hibernate.type.descriptor.jdbc.IntegerJdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateTimeJdbcType;
import org.hibernate.type.descriptor.jdbc.TimestampJdbcType;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;

/**
 * A statement of Rowboat's own, run through the session's JDBC coordinator, so that it is logged,
 * counted in the statistics and cancellable like any of Hibernate's. Where Rowboat knows the SQL
 * already, Hibernate's setup of a query (interpretation lookup, parameter bindings, result
 * processing) cost a SQLite page a sixth of its time and a count more than the database took.
 */
final class OwnStatement {
    /** A value to bind, with the type Hibernate binds the column with; a null type binds it as it is. */
    record Parameter(Object value, JdbcMapping type) {
    }

    interface RowReader<T> {
        T read(ResultSet rs, WrapperOptions options) throws SQLException;
    }

    private OwnStatement() {
    }

    /** Hears a result's columns before its rows are read. */
    interface ColumnsReader {
        void read(java.sql.ResultSetMetaData columns) throws SQLException;
    }

    static <T> List<T> query(StatelessSession session, String sql, List<Parameter> parameters, RowReader<T> reader) {
        return query(session, sql, parameters, columns -> { }, reader);
    }

    static <T> List<T> query(StatelessSession session, String sql, List<Parameter> parameters, ColumnsReader columnsReader,
                             RowReader<T> reader) {
        SharedSessionContractImplementor implementor = session.unwrap(SharedSessionContractImplementor.class);
        JdbcCoordinator jdbc = implementor.getJdbcCoordinator();
        // As a query statement, which the coordinator registers as the one a cancel stops.
        PreparedStatement statement = jdbc.getStatementPreparer().prepareQueryStatement(sql, false, null);
        try {
            bindAll(statement, parameters, implementor);
            List<T> rows = new ArrayList<>();
            ResultSet rs = jdbc.getResultSetReturn().extract(statement, sql);
            columnsReader.read(rs.getMetaData());
            while (rs.next()) {
                rows.add(reader.read(rs, implementor));
            }
            return rows;
        } catch (SQLException e) {
            throw implementor.getJdbcServices().getSqlExceptionHelper().convert(e, "Could not read rows", sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }

    /** Binds {@code parameters} to the statement's placeholders, in order. */
    static void bindAll(PreparedStatement statement, List<Parameter> parameters, WrapperOptions options) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            bind(statement, i + 1, parameters.get(i), options);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bind(PreparedStatement statement, int index, Parameter parameter, WrapperOptions options) throws SQLException {
        JdbcMapping type = parameter.type();
        if (type == null) {
            statement.setObject(index, parameter.value());
            return;
        }
        // Coerced first: a key read as Integer may be bound where the column's type says Long.
        Object value = type.getJavaTypeDescriptor().coerce(parameter.value());
        ((org.hibernate.type.descriptor.ValueBinder) type.getJdbcValueBinder()).bind(statement, type.convertToRelationalValue(value), index, options);
    }

    /** Reads one column of the current row as {@link #read} reads it. */
    interface ColumnReader {
        Object read(ResultSet rs, int index, WrapperOptions options) throws SQLException;
    }

    /**
     * How to read a column of this type, chosen once per query: where Hibernate's type is a plain
     * one (INTEGER as Integer, BIGINT as Long, VARCHAR as String, a date-time the driver reads as a
     * LocalDateTime) with no conversion, straight with the getter its extractor calls; else
     * through the extractor. A page reads hundreds of cells, and the extractor's indirections and
     * trace-log checks were a tenth of an H2 page.
     */
    static ColumnReader reader(JdbcMapping type) {
        Plain plain = Plain.of(type);
        return plain == Plain.NONE ? (rs, i, s) -> read(rs, i, type, s) : (rs, i, s) -> plain.read(rs, i);
    }

    /**
     * The plain types a column can be read as with the driver's own getter, as one switch: a page
     * reads every column of every row, and a call through a different lambda for each column was
     * a call the JIT could not inline.
     */
    enum Plain {
        NONE, INTEGER, BIGINT, VARCHAR, LOCAL_DATE_TIME, LOCAL_DATE;

        static Plain of(JdbcMapping type) {
            if (type.getValueConverter() != null) {
                return NONE;
            }
            Class<?> jdbc = type.getJdbcType().getClass();
            Class<?> java = type.getJavaTypeDescriptor().getJavaTypeClass();
            if (jdbc == IntegerJdbcType.class && java == Integer.class) {
                return INTEGER;
            }
            if (jdbc == BigIntJdbcType.class && java == Long.class) {
                return BIGINT;
            }
            if (jdbc == VarcharJdbcType.class && java == String.class) {
                return VARCHAR;
            }
            // A reflected TIMESTAMP column is mapped by its type's name, with the JDBC type TIMESTAMP:
            // its extractor read a java.sql.Timestamp and moved it through the JVM's calendar, a
            // tenth of an H2 page. The driver's own LocalDateTime is the same value (and the
            // built-in model's). SQLite's date-times have a type of their own and are not read here.
            if ((jdbc == LocalDateTimeJdbcType.class || jdbc == TimestampJdbcType.class) && java == LocalDateTime.class) {
                return LOCAL_DATE_TIME;
            }
            if ((jdbc == LocalDateJdbcType.class || jdbc == DateJdbcType.class) && java == LocalDate.class) {
                return LOCAL_DATE;
            }
            return NONE;
        }

        Object read(ResultSet rs, int i) throws SQLException {
            switch (this) {
                case INTEGER -> {
                    int value = rs.getInt(i);
                    return value == 0 && rs.wasNull() ? null : value;
                }
                case BIGINT -> {
                    long value = rs.getLong(i);
                    return value == 0 && rs.wasNull() ? null : value;
                }
                case VARCHAR -> {
                    return rs.getString(i);
                }
                case LOCAL_DATE_TIME -> {
                    return rs.getObject(i, LocalDateTime.class);
                }
                case LOCAL_DATE -> {
                    return rs.getObject(i, LocalDate.class);
                }
                default -> throw new IllegalStateException("No plain getter for this column.");
            }
        }
    }

    /** Reads a row's columns, each by its {@link Plain} getter where it has one, else as Hibernate would. */
    static final class TupleReader {
        private final Plain[] plain;
        private final JdbcMapping[] types;

        TupleReader(List<JdbcMapping> types) {
            this.types = types.toArray(JdbcMapping[]::new);
            this.plain = types.stream().map(Plain::of).toArray(Plain[]::new);
        }

        /** Reads the row's columns into {@code tuple} (as long as the columns) and returns it. */
        Object[] read(ResultSet rs, WrapperOptions options, Object[] tuple) throws SQLException {
            for (int i = 0; i < tuple.length; i++) {
                tuple[i] = plain[i] == Plain.NONE ? OwnStatement.read(rs, i + 1, types[i], options) : plain[i].read(rs, i + 1);
            }
            return tuple;
        }
    }

    /** A column's value as Hibernate would return it: read by its JDBC type, then converted where the model says so. */
    static Object read(ResultSet rs, int index, JdbcMapping type, WrapperOptions options) throws SQLException {
        return type.convertToDomainValue(type.getJdbcValueExtractor().extract(rs, index, options));
    }
}
