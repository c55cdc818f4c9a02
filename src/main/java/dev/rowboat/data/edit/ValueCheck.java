package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.CompositeId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.type.SqlTypes;

/**
 * Whether a value fits a column before anything is sent: its type, its length, the range of the
 * column's number type. Whole numbers of another Java type are accepted when they fit, and
 * converted by {@link #normalize}.
 */
final class ValueCheck {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);

    private ValueCheck() {
    }

    /** What is wrong with a non-null value for this column, as a sentence; null when it fits. */
    static String problem(SaveColumn column, Object value) {
        if (column.composite()) {
            return compositeProblem(column, value);
        }
        String name = column.name();
        Class<?> type = boxed(column.javaType());
        if (value instanceof String text && type == String.class) {
            String ruleProblem = column.info().textRule() == null ? null : column.info().textRule().problem(text, name);
            if (ruleProblem != null) {
                return ruleProblem;
            }
            int length = text.codePointCount(0, text.length());
            Long max = column.info().length();
            return max != null && column.sqlType() != SqlTypes.CLOB && length > max
                    ? name + " is longer than " + max + " characters (" + length + ")." : null;
        }
        if (Number.class.isAssignableFrom(type) && value instanceof Number number) {
            return numberProblem(column, type, number);
        }
        return type.isInstance(value) ? null : name + " must be " + kind(type) + ", not " + shown(value) + ".";
    }

    /** The value converted to the column's Java type, once {@link #problem} found nothing. */
    static Object normalize(SaveColumn column, Object value) {
        if (column.composite() && value instanceof CompositeId id && id.size() == column.parts().size()) {
            List<Object> parts = new ArrayList<>(id.size());
            for (int i = 0; i < id.size(); i++) {
                parts.add(normalize(column.parts().get(i), id.get(i)));
            }
            return new CompositeId(parts);
        }
        Class<?> type = boxed(column.javaType());
        if (value == null || type.isInstance(value) || !(value instanceof Number number)) {
            return value; // a NewRowRef is bound to its row's id once the row is inserted
        }
        if (type == Double.class || type == Float.class) {
            return type == Double.class ? (Object) number.doubleValue() : (Object) number.floatValue();
        }
        BigDecimal decimal = decimal(number);
        if (type == Integer.class) {
            return decimal.intValueExact();
        }
        if (type == Long.class) {
            return decimal.longValueExact();
        }
        if (type == Short.class) {
            return decimal.shortValueExact();
        }
        if (type == Byte.class) {
            return decimal.byteValueExact();
        }
        return type == BigInteger.class ? decimal.toBigIntegerExact() : decimal;
    }

    /** A link to a row of several key columns is set to that row's id, a value for each column. */
    private static String compositeProblem(SaveColumn column, Object value) {
        List<SaveColumn> parts = column.parts();
        if (!(value instanceof CompositeId id) || id.size() != parts.size()) {
            return column.name() + " must be the id of a " + column.info().targetEntity() + ", " + parts.size()
                    + " values, not " + shown(value) + ".";
        }
        for (int i = 0; i < parts.size(); i++) {
            if (id.get(i) == null) {
                return column.name() + " must have a value for each part of the id, not " + shown(value) + ".";
            }
            String problem = problem(parts.get(i), id.get(i));
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String numberProblem(SaveColumn column, Class<?> type, Number number) {
        if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
            return type == Double.class || type == Float.class ? null : column.name() + " must be a number, not " + number + ".";
        }
        if (isWhole(type) && isWhole(number.getClass()) && !(number instanceof BigInteger)) {
            // long arithmetic where it suffices: this runs for every id of a 10,000-row save
            return rangeProblem(column, number.longValue(), type);
        }
        if (type == Double.class) {
            return null;
        }
        if (type == Float.class) {
            return Math.abs(number.doubleValue()) > Float.MAX_VALUE ? column.name() + " " + number + " is out of range." : null;
        }
        BigDecimal decimal = decimal(number);
        if (isWhole(type)) {
            return decimal.stripTrailingZeros().scale() > 0 ? column.name() + " must be a whole number, not " + number + "."
                    : rangeProblem(column, decimal, type);
        }
        return decimalProblem(column, decimal);
    }

    /** Doubles by their shortest decimal form, which is what a person typed, not their binary expansion. */
    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
    }

    private static String rangeProblem(SaveColumn column, long value, Class<?> type) {
        long[] range = range(column.sqlType(), type);
        return range == null || value >= range[0] && value <= range[1] ? null
                : column.name() + " " + value + " is out of range (" + range[0] + " to " + range[1] + ").";
    }

    private static String rangeProblem(SaveColumn column, BigDecimal value, Class<?> type) {
        long[] range = range(column.sqlType(), type);
        if (range != null && (value.compareTo(BigDecimal.valueOf(range[0])) < 0 || value.compareTo(BigDecimal.valueOf(range[1])) > 0)) {
            return column.name() + " " + value.toPlainString() + " is out of range (" + range[0] + " to " + range[1] + ").";
        }
        return null;
    }

    /** The narrower of what the column's SQL type and the attribute's Java type hold; null when unbounded. */
    private static long[] range(int sqlType, Class<?> type) {
        long[] bySql = switch (sqlType) {
            case SqlTypes.TINYINT -> new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
            case SqlTypes.SMALLINT -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case SqlTypes.INTEGER -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            case SqlTypes.BIGINT -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
            default -> null;
        };
        long[] byJava = type == Byte.class ? new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE}
                : type == Short.class ? new long[] {Short.MIN_VALUE, Short.MAX_VALUE}
                : type == Integer.class ? new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}
                : type == Long.class ? new long[] {Long.MIN_VALUE, Long.MAX_VALUE} : null;
        if (bySql == null || byJava == null) {
            return bySql == null ? byJava : bySql;
        }
        return new long[] {Math.max(bySql[0], byJava[0]), Math.min(bySql[1], byJava[1])};
    }

    private static String decimalProblem(SaveColumn column, BigDecimal value) {
        Integer precision = column.precision();
        Integer scale = column.scale();
        if (precision == null || precision <= 0) {
            return null;
        }
        int decimals = scale == null ? 0 : scale;
        BigDecimal stripped = value.stripTrailingZeros();
        int wholeDigits = Math.max(stripped.precision() - stripped.scale(), 0);
        if (wholeDigits > precision - decimals) {
            return column.name() + " " + value.toPlainString() + " is out of range (at most " + (precision - decimals)
                    + " digits before the decimal point).";
        }
        if (stripped.scale() > decimals) {
            return column.name() + " " + value.toPlainString() + " has more than " + decimals + " decimal places.";
        }
        return null;
    }

    private static boolean isWhole(Class<?> type) {
        return type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class;
    }

    private static Class<?> boxed(Class<?> type) {
        return BOXES.getOrDefault(type, type);
    }

    private static String kind(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (isWhole(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date";
        }
        if (type == LocalTime.class) {
            return "a time";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time";
        }
        return "a " + type.getSimpleName();
    }

    static String shown(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
