package dev.rowboat.data.reflect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names a known model gives to tables and foreign keys, so that a database made by it reads with
 * that model's words (a post's {@code author}, a user's {@code followed}) instead of names derived
 * from columns. Keys are lower case: table, table.column, or link-table.key-column.
 */
public final class NameHints {
    public static final NameHints NONE = new NameHints();

    final Map<String, String> entities = new HashMap<>();
    /** table.column -> the to-one attribute on table. */
    final Map<String, String> toOnes = new HashMap<>();
    /** table.column -> the inverse attribute on the table the key points at. */
    final Map<String, String> inverses = new HashMap<>();
    /** link.keyColumn -> the collection on the entity that column points at. */
    final Map<String, String> manyToMany = new HashMap<>();
    /** table.column -> the value attribute on table ({@code about_me} -> {@code aboutMe}). */
    final Map<String, String> columns = new HashMap<>();
    /** Entity.association as reflection names it -> the name a person chose instead. */
    final Map<String, String> renames = new HashMap<>();
    /** table.column -> zone of its date-times. */
    final Map<String, String> zones = new HashMap<>();

    /** These hints, with the association names a person chose ({@code Entity.derivedName} -> name). */
    public NameHints withRenames(Map<String, String> chosen) {
        NameHints copy = new NameHints();
        copy.entities.putAll(entities);
        copy.toOnes.putAll(toOnes);
        copy.inverses.putAll(inverses);
        copy.manyToMany.putAll(manyToMany);
        copy.columns.putAll(columns);
        copy.zones.putAll(zones);
        copy.renames.putAll(renames);
        copy.renames.putAll(chosen);
        return copy;
    }

    /** The name a person chose for an association, else the one reflection derived. */
    String association(String entity, String derived) {
        return renames.getOrDefault(entity + "." + derived, derived);
    }

    Optional<String> entity(String table) {
        return Optional.ofNullable(entities.get(key(table)));
    }

    Optional<String> toOne(String table, String column) {
        return Optional.ofNullable(toOnes.get(key(table, column)));
    }

    Optional<String> inverse(String table, String column) {
        return Optional.ofNullable(inverses.get(key(table, column)));
    }

    Optional<String> manyToMany(String link, String keyColumn) {
        return Optional.ofNullable(manyToMany.get(key(link, keyColumn)));
    }

    Optional<String> column(String table, String column) {
        return Optional.ofNullable(columns.get(key(table, column)));
    }

    Optional<String> zone(String table, String column) {
        return Optional.ofNullable(zones.get(key(table, column)));
    }

    static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }

    static String key(String table, String column) {
        return key(table) + "." + column.toLowerCase(Locale.ROOT);
    }
}
