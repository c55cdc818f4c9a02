package dev.rowboat.bench;

import dev.rowboat.bench.CapturingDriver.Call;
import dev.rowboat.bench.CapturingDriver.Captured;
import dev.rowboat.schema.Dbms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The floor of a figure: the very statements the grid ran for it ({@link CapturingDriver}), run
 * again in plain JDBC on one connection of its own, each prepared once and reused, with the same
 * values bound by the same setters, and every column of every row read into a Java value by the
 * getter of its type (what the cheapest client that shows the same page must do).
 */
final class StatementReplay implements AutoCloseable {
    private interface Bind {
        void apply(PreparedStatement statement) throws SQLException;
    }

    /** Reads one column of the current row; returns something of the value, for the checksum. */
    private interface Column {
        long read(ResultSet rs) throws SQLException;
    }

    private static final class Step {
        final String sql;
        final PreparedStatement statement;
        final List<Bind> binds = new ArrayList<>();
        Column[] columns;
        int rows;

        Step(String sql, PreparedStatement statement) {
            this.sql = sql;
            this.statement = statement;
        }
    }

    private final boolean sqlite;
    private final List<Step> steps = new ArrayList<>();

    StatementReplay(Connection connection, Dbms dbms, List<Captured> captured) throws SQLException {
        this.sqlite = dbms == Dbms.SQLITE;
        for (Captured c : captured) {
            Step step = new Step(c.sql(), connection.prepareStatement(c.sql()));
            for (Call setting : c.settings()) {
                setting.apply(step.statement);
            }
            for (Call binding : c.bindings()) {
                step.binds.add(bind(binding));
            }
            steps.add(step);
        }
    }

    /** Runs every statement once, reading every row; returns a checksum of what it read. */
    long run() {
        long sum = 0;
        for (Step step : steps) {
            try {
                for (Bind bind : step.binds) {
                    bind.apply(step.statement);
                }
                try (ResultSet rs = step.statement.executeQuery()) {
                    Column[] columns = step.columns == null ? (step.columns = columns(rs.getMetaData())) : step.columns;
                    int rows = 0;
                    while (rs.next()) {
                        for (Column column : columns) {
                            sum += column.read(rs);
                        }
                        rows++;
                    }
                    step.rows = rows;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The replayed statement failed: " + e.getMessage() + "\n  " + step.sql, e);
            }
        }
        return sum;
    }

    /** "3 statements, 101 + 1 + 0 rows" (as of the last run). */
    String describe() {
        return steps.size() + (steps.size() == 1 ? " statement, " : " statements, ")
                + String.join(" + ", steps.stream().map(s -> String.valueOf(s.rows)).toList()) + " rows";
    }

    /** The statements, one a line, with what is bound to them. */
    String statements() {
        StringBuilder sb = new StringBuilder();
        for (Step step : steps) {
            sb.append("    ").append(step.sql).append('\n');
        }
        return sb.toString();
    }

    private Column[] columns(ResultSetMetaData meta) throws SQLException {
        Column[] columns = new Column[meta.getColumnCount()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = column(i + 1, meta.getColumnType(i + 1), Objects.toString(meta.getColumnTypeName(i + 1), ""));
        }
        return columns;
    }

    /**
     * The getter a client reads the column's type with. SQLite keeps date-times as text and has
     * no type of its own for them: its floor reads the text (any parsing is the client's cost).
     */
    private Column column(int i, int type, String typeName) {
        switch (type) {
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                return rs -> {
                    int v = rs.getInt(i);
                    return rs.wasNull() ? 0 : v;
                };
            }
            case Types.BIGINT -> {
                return rs -> {
                    long v = rs.getLong(i);
                    return rs.wasNull() ? 0 : v;
                };
            }
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB -> {
                return rs -> {
                    String v = rs.getString(i);
                    return v == null ? 0 : v.length();
                };
            }
            case Types.TIMESTAMP, Types.DATE -> {
                if (sqlite) {
                    return rs -> {
                        String v = rs.getString(i);
                        return v == null ? 0 : v.length();
                    };
                }
                if (type == Types.DATE && !typeName.toUpperCase(java.util.Locale.ROOT).contains("TIME")) {
                    return rs -> Objects.hashCode(rs.getObject(i, java.time.LocalDate.class));
                }
                return rs -> {
                    LocalDateTime v = rs.getObject(i, LocalDateTime.class);
                    return v == null ? 0 : v.getNano() + v.getSecond();
                };
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                return rs -> {
                    OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
                    return v == null ? 0 : v.getNano();
                };
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                return rs -> (long) rs.getDouble(i);
            }
            case Types.BOOLEAN, Types.BIT -> {
                return rs -> rs.getBoolean(i) ? 1 : 0;
            }
            default -> {
                return rs -> Objects.hashCode(rs.getObject(i));
            }
        }
    }

    /** The captured setter as a direct call (no reflection in the timed loop) where it is a common one. */
    private static Bind bind(Call call) {
        Object[] a = call.args();
        int i = (Integer) a[0];
        String name = call.name();
        if (a.length == 2) {
            Object v = a[1];
            switch (name) {
                case "setInt" -> {
                    int value = (Integer) v;
                    return s -> s.setInt(i, value);
                }
                case "setLong" -> {
                    long value = (Long) v;
                    return s -> s.setLong(i, value);
                }
                case "setString" -> {
                    return s -> s.setString(i, (String) v);
                }
                case "setObject" -> {
                    return s -> s.setObject(i, v);
                }
                case "setTimestamp" -> {
                    return s -> s.setTimestamp(i, (Timestamp) v);
                }
                case "setNull" -> {
                    int sqlType = (Integer) v;
                    return s -> s.setNull(i, sqlType);
                }
                default -> {
                }
            }
        }
        return call::apply;
    }

    @Override
    public void close() throws SQLException {
        for (Step step : steps) {
            step.statement.close();
        }
    }
}
