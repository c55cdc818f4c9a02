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
 * @param tables the tables and views the source read while mapping, by the name the database stores,
 *               each with its columns in table order (a view's are left out); empty where it read
 *               none. The catalog built as the database opens uses them rather than read them again.
 */
public record Mapping(List<UnmappedTable> unmapped, Map<String, Map<String, String>> zones,
                      Map<String, Map<String, String>> readOnly, Map<String, List<String>> tables) {
    public static final Mapping NONE = new Mapping(List.of(), Map.of(), Map.of(), Map.of());

    public Mapping {
        unmapped = List.copyOf(unmapped);
        zones = Map.copyOf(zones);
        readOnly = Map.copyOf(readOnly);
        tables = Map.copyOf(tables);
    }

    public Mapping(List<UnmappedTable> unmapped, Map<String, Map<String, String>> zones, Map<String, Map<String, String>> readOnly) {
        this(unmapped, zones, readOnly, Map.of());
    }

    /** The same, with the tables the source read. */
    public Mapping withTables(Map<String, List<String>> read) {
        return new Mapping(unmapped, zones, readOnly, read);
    }

    public Optional<String> zone(String entity, String attribute) {
        return Optional.ofNullable(zones.getOrDefault(entity, Map.of()).get(attribute));
    }

    public Optional<String> readOnlyReason(String entity, String attribute) {
        return Optional.ofNullable(readOnly.getOrDefault(entity, Map.of()).get(attribute));
    }
}
