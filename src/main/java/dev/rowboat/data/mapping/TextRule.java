package dev.rowboat.data.mapping;

import java.util.List;

/**
 * What text a column takes beyond being text: a JSON document, or one of a fixed list of values
 * (a PostgreSQL enum type, MySQL's and MariaDB's ENUM). Checked where a person types a value and
 * again before a save, so that a value the database would refuse, or store as something else,
 * never reaches it.
 *
 * @param allowed for {@link Kind#ONE_OF}: the values in the database's order; empty for JSON
 * @param nativeType whether the database keeps the column in a type of its own that is read and
 *     written as text (PostgreSQL's json, jsonb and enum types): bound untyped so the database
 *     casts it, and compared, sorted and filtered as its text
 */
public record TextRule(Kind kind, List<String> allowed, boolean nativeType) {
    /** The two kinds of rule. */
    public enum Kind { JSON, ONE_OF }

    public TextRule {
        allowed = List.copyOf(allowed);
    }

    public static TextRule json(boolean nativeType) {
        return new TextRule(Kind.JSON, List.of(), nativeType);
    }

    public static TextRule oneOf(List<String> allowed, boolean nativeType) {
        return new TextRule(Kind.ONE_OF, allowed, nativeType);
    }

    /** Whether the text fits. */
    public boolean allows(String text) {
        return problem(text, "") == null;
    }

    /** Why the text does not fit, as a sentence naming the attribute; null when it fits. */
    public String problem(String text, String attribute) {
        if (kind == Kind.JSON) {
            String reason = JsonText.problem(text);
            return reason == null ? null : attribute + " must be valid JSON; " + shown(text) + " is not: " + reason;
        }
        return allowed.contains(text) ? null
                : attribute + " must be one of " + String.join(", ", allowed) + "; " + shown(text) + " is not.";
    }

    private static String shown(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return "\"" + (oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine) + "\"";
    }
}
