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
 */
public record Mapping(List<UnmappedTable> unmapped, Map<String, Map<String, String>> zones,
                      Map<String, Map<String, String>> readOnly, Map<String, Map<String, TextRule>> textRules) {
    public static final Mapping NONE = new Mapping(List.of(), Map.of(), Map.of(), Map.of());

    public Mapping {
        unmapped = List.copyOf(unmapped);
        zones = Map.copyOf(zones);
        readOnly = Map.copyOf(readOnly);
        textRules = Map.copyOf(textRules);
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
