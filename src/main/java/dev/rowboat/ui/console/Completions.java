package dev.rowboat.ui.console;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the console offers to complete the word at the caret: after {@code name.} (an entity, a
 * table or an alias of one in the statement) its attributes or columns; else the entities,
 * tables, attributes, columns and keywords that start with what is typed.
 */
final class Completions {
    /** The word being typed, where it starts, and what could finish it. */
    record Offer(int start, String prefix, List<String> candidates) {
    }

    /** {@code from User u}, {@code join post p}, {@code User as u}: which alias names which entity or table. */
    private static final Pattern ALIAS = Pattern.compile("(?i)\\b([\\p{L}_][\\p{L}\\p{N}_$]*)(?=\\s+(?:as\\s+)?([\\p{L}_][\\p{L}\\p{N}_$]*))");

    private final EntityCatalog catalog;

    Completions(EntityCatalog catalog) {
        this.catalog = catalog;
    }

    Offer at(String text, int caret) {
        int start = caret;
        while (start > 0 && isWordPart(text.charAt(start - 1))) {
            start--;
        }
        String prefix = text.substring(start, caret);
        TreeSet<String> found = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (start > 0 && text.charAt(start - 1) == '.') {
            int ownerStart = start - 1;
            while (ownerStart > 0 && isWordPart(text.charAt(ownerStart - 1))) {
                ownerStart--;
            }
            String owner = text.substring(ownerStart, start - 1);
            entityNamed(owner, text).ifPresent(entity -> {
                boolean table = owner.equalsIgnoreCase(entity.table()) && !owner.equals(entity.name());
                for (AttributeInfo attribute : entity.attributes()) {
                    if (!table) {
                        found.add(attribute.name());
                    } else if (attribute.column() != null) {
                        found.add(attribute.column()); // SQL names columns; a to-many has none
                    }
                }
            });
        } else {
            for (EntityInfo entity : catalog.entities()) {
                found.add(entity.name());
                found.add(entity.table());
                for (AttributeInfo attribute : entity.attributes()) {
                    found.add(attribute.name());
                    if (attribute.column() != null) {
                        found.add(attribute.column());
                    }
                }
            }
            SyntaxSpans.KEYWORDS.forEach(k -> found.add(k.toUpperCase(Locale.ROOT)));
        }
        String lower = prefix.toLowerCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>();
        for (String name : found) {
            if (name != null && name.toLowerCase(Locale.ROOT).startsWith(lower) && !name.equals(prefix)) {
                candidates.add(name);
            }
        }
        return new Offer(start, prefix, candidates);
    }

    /** The entity a name stands for: an entity, a table, or an alias the statement gives one. */
    private Optional<EntityInfo> entityNamed(String name, String text) {
        Optional<EntityInfo> direct = named(name);
        if (direct.isPresent()) {
            return direct;
        }
        Matcher m = ALIAS.matcher(text); // each word with the word after it (a lookahead, so pairs overlap)
        while (m.find()) {
            if (m.group(2).equalsIgnoreCase(name)) {
                Optional<EntityInfo> aliased = named(m.group(1));
                if (aliased.isPresent()) {
                    return aliased;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<EntityInfo> named(String name) {
        return catalog.entities().stream()
                .filter(e -> e.name().equalsIgnoreCase(name) || name.equalsIgnoreCase(e.table())).findFirst();
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
