package dev.rowboat.data.reflect;

import java.util.Collection;
import java.util.Locale;

/** How table and column names become entity and attribute names that HQL and Java accept. */
final class Names {
    private Names() {
    }

    /** The name itself where it is an identifier ({@code Track}, {@code user}); else its words joined. */
    static String identifier(String name) {
        if (isIdentifier(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        boolean upperNext = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isLetterOrDigit(ch) || ch == '_') {
                out.append(upperNext && out.length() > 0 ? Character.toUpperCase(ch) : ch);
                upperNext = false;
            } else {
                upperNext = true;
            }
        }
        if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
            out.insert(0, '_');
        }
        return out.toString();
    }

    static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) || name.charAt(0) == '$') {
            return false;
        }
        return name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_');
    }

    /** {@code user_id} -> {@code user}, {@code ArtistId} -> {@code Artist}, {@code ReportsTo} stays. */
    static String withoutIdSuffix(String column) {
        String lower = column.toLowerCase(Locale.ROOT);
        if (lower.length() > 3 && lower.endsWith("_id")) {
            return column.substring(0, column.length() - 3);
        }
        if (column.length() > 2 && column.endsWith("Id") && Character.isLowerCase(column.charAt(column.length() - 3))) {
            return column.substring(0, column.length() - 2);
        }
        if (column.length() > 2 && column.endsWith("ID") && Character.isLowerCase(column.charAt(column.length() - 3))) {
            return column.substring(0, column.length() - 2);
        }
        return column;
    }

    /** A collection's name after the rows it holds: {@code post} -> {@code posts}, {@code InvoiceLine} -> {@code invoiceLines}. */
    static String plural(String name) {
        String base = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("ed")) {
            return base;
        }
        if (lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return base + "es";
        }
        if (lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        return base + "s";
    }

    /** The name, or the name with _2, _3 ... when taken (compared ignoring case, as people read them). */
    static String free(String wanted, Collection<String> taken) {
        String candidate = wanted;
        for (int n = 2; contains(taken, candidate); n++) {
            candidate = wanted + "_" + n;
        }
        return candidate;
    }

    static boolean contains(Collection<String> taken, String name) {
        return taken.stream().anyMatch(t -> t.equalsIgnoreCase(name));
    }
}
