package dev.rowboat.data.paging;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Guesses the sort value found a fraction of the way between the smallest and the largest, so a
 * jump to a scroll position is one index seek instead of an OFFSET scan. Exact for dense integer
 * keys, approximate otherwise; a jump is approximate anyway.
 */
final class KeyInterpolator {
    private KeyInterpolator() {
    }

    static Optional<Object> between(Object low, Object high, double fraction) {
        if (low == null || high == null) {
            return Optional.empty();
        }
        double f = Math.max(0, Math.min(1, fraction));
        if (low instanceof Integer a && high instanceof Integer b) {
            return Optional.of((int) Math.round(a + f * ((double) b - a)));
        }
        if (low instanceof Long a && high instanceof Long b) {
            return Optional.of(Math.round(a + f * ((double) b - a)));
        }
        if (low instanceof Short a && high instanceof Short b) {
            return Optional.of((short) Math.round(a + f * (b - a)));
        }
        if (low instanceof BigInteger a && high instanceof BigInteger b) {
            return Optional.of(new BigDecimal(b.subtract(a)).multiply(BigDecimal.valueOf(f)).toBigInteger().add(a));
        }
        if (low instanceof BigDecimal a && high instanceof BigDecimal b) {
            return Optional.of(a.add(b.subtract(a).multiply(BigDecimal.valueOf(f))));
        }
        if (low instanceof Double a && high instanceof Double b) {
            return Optional.of(a + f * (b - a));
        }
        if (low instanceof Float a && high instanceof Float b) {
            return Optional.of((float) (a + f * (b - a)));
        }
        if (low instanceof LocalDateTime a && high instanceof LocalDateTime b) {
            long from = a.toEpochSecond(ZoneOffset.UTC);
            long seconds = Math.round(from + f * (b.toEpochSecond(ZoneOffset.UTC) - from));
            return Optional.of(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
        }
        if (low instanceof LocalDate a && high instanceof LocalDate b) {
            return Optional.of(LocalDate.ofEpochDay(Math.round(a.toEpochDay() + f * (b.toEpochDay() - a.toEpochDay()))));
        }
        if (low instanceof Instant a && high instanceof Instant b) {
            return Optional.of(Instant.ofEpochSecond(Math.round(a.getEpochSecond() + f * (b.getEpochSecond() - a.getEpochSecond()))));
        }
        if (low instanceof OffsetDateTime a && high instanceof OffsetDateTime b) {
            long from = a.toEpochSecond();
            return Optional.of(OffsetDateTime.ofInstant(Instant.ofEpochSecond(Math.round(from + f * (b.toEpochSecond() - from))), ZoneOffset.UTC));
        }
        if (low instanceof String a && high instanceof String b) {
            return Optional.of(text(a, b, f));
        }
        return Optional.empty();
    }

    /**
     * The other way round: how far between the smallest and the largest a sort value lies, 0 to
     * 1, for numbers and times; empty for text and other types, and when a bound is missing.
     */
    static OptionalDouble fractionOf(Object low, Object high, Object value) {
        OptionalDouble from = scalar(low);
        OptionalDouble to = scalar(high);
        OptionalDouble at = scalar(value);
        if (from.isEmpty() || to.isEmpty() || at.isEmpty()) {
            return OptionalDouble.empty();
        }
        double span = to.getAsDouble() - from.getAsDouble();
        return OptionalDouble.of(span <= 0 ? 0 : Math.max(0, Math.min(1, (at.getAsDouble() - from.getAsDouble()) / span)));
    }

    private static OptionalDouble scalar(Object value) {
        if (value instanceof Number n) {
            return OptionalDouble.of(n.doubleValue());
        }
        if (value instanceof LocalDateTime t) {
            return OptionalDouble.of(t.toEpochSecond(ZoneOffset.UTC) + t.getNano() / 1e9);
        }
        if (value instanceof LocalDate d) {
            return OptionalDouble.of(d.toEpochDay());
        }
        if (value instanceof Instant i) {
            return OptionalDouble.of(i.getEpochSecond() + i.getNano() / 1e9);
        }
        if (value instanceof OffsetDateTime t) {
            return OptionalDouble.of(t.toEpochSecond() + t.getNano() / 1e9);
        }
        return OptionalDouble.empty();
    }

    /** Interpolates on the first character where the two differ, after their common prefix. */
    private static String text(String a, String b, double f) {
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        char from = common < a.length() ? a.charAt(common) : ' ';
        char to = common < b.length() ? b.charAt(common) : from;
        return a.substring(0, common) + (char) Math.round(from + f * (to - from));
    }
}
