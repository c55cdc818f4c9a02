package dev.rowboat.data.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link MappingSource} tells the catalog beyond Hibernate's metamodel.
 *
 * @param unmapped tables the database has that are not entities, each with the reason
 * @param zones entity -> attribute -> the zone its date-times without zone are stored in
 * @param readOnly entity -> attribute -> why its values cannot be edited
 * @param textRules entity -> attribute -> what its text must be (JSON, one of a list of values)
 * @param keyOrder entity -> its composite id's attributes in the primary key's order, which
 *     Hibernate does not keep (it sorts the parts by name) and keyset pages follow (the key's index)
 * @param tables the tables and views the source read while mapping, by the name the database stores,
 *               each with its columns in table order (a view's are left out); empty where it read
 *               none. The catalog built as the database opens uses them rather than read them again.
 */
public record Mapping(List<UnmappedTable> unmapped, Map<String, Map<String, String>> zones,
                      Map<String, Map<String, String>> readOnly, Map<String, Map<String, TextRule>> textRules,
                      Map<String, List<String>> keyOrder, Map<String, List<String>> tables) {
    public static final Mapping NONE = new Mapping(List.of(), Map.of(), Map.of());

    /** A mapping without text rules or composite ids. */
    public Mapping(List<UnmappedTable> unmapped, Map<String, Map<String, String>> zones, Map<String, Map<String, String>> readOnly) {
        this(unmapped, zones, readOnly, Map.of(), Map.of());
    }

    public Mapping {
        unmapped = List.copyOf(unmapped);
        zones = Map.copyOf(zones);
        readOnly = Map.copyOf(readOnly);
        textRules = Map.copyOf(textRules);
        keyOrder = Map.copyOf(keyOrder);
        tables = Map.copyOf(tables);
    }

    /** Before the tables are known ({@link #withTables}). */
    public Mapping(List<UnmappedTable> unmapped, Map<String, Map<String, String>> zones, Map<String, Map<String, String>> readOnly,
                   Map<String, Map<String, TextRule>> textRules, Map<String, List<String>> keyOrder) {
        this(unmapped, zones, readOnly, textRules, keyOrder, Map.of());
    }

    /** The same, with the tables the source read. */
    public Mapping withTables(Map<String, List<String>> read) {
        return new Mapping(unmapped, zones, readOnly, textRules, keyOrder, read);
    }

    /** The composite id's attributes of the entity in key order; empty where none is known. */
    public List<String> keyOrder(String entity) {
        return keyOrder.getOrDefault(entity, List.of());
    }

    public Optional<String> zone(String entity, String attribute) {
        return Optional.ofNullable(zones.getOrDefault(entity, Map.of()).get(attribute));
    }

    public Optional<String> readOnlyReason(String entity, String attribute) {
        return Optional.ofNullable(readOnly.getOrDefault(entity, Map.of()).get(attribute));
    }

    public Optional<TextRule> textRule(String entity, String attribute) {
        return Optional.ofNullable(textRules.getOrDefault(entity, Map.of()).get(attribute));
    }
}
