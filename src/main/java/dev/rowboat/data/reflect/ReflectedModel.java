package dev.rowboat.data.reflect;

import dev.rowboat.data.mapping.Mapping;
import dev.rowboat.data.mapping.TextRule;
import dev.rowboat.data.mapping.UnmappedTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The entities reflected from a schema, and the tables that got none, with why. */
record ReflectedModel(List<ReflectedEntity> entities, List<UnmappedTable> unmapped) {
    ReflectedModel {
        entities = List.copyOf(entities);
        unmapped = List.copyOf(unmapped);
    }

    ReflectedEntity entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No reflected entity " + name));
    }

    /** The same, with the unmapped tables named as the database stores them (H2's upper case). */
    ReflectedModel withStoredNames(java.util.function.UnaryOperator<String> stored) {
        return new ReflectedModel(entities, unmapped.stream()
                .map(t -> new UnmappedTable(t.name(), stored.apply(t.table()), t.reason())).toList());
    }

    /** What the catalog learns from reflection beyond Hibernate's metamodel. */
    Mapping mapping() {
        Map<String, Map<String, String>> zones = new HashMap<>();
        Map<String, Map<String, String>> readOnly = new HashMap<>();
        Map<String, Map<String, TextRule>> textRules = new HashMap<>();
        Map<String, List<String>> keyOrder = new HashMap<>();
        for (ReflectedEntity entity : entities) {
            if (entity.compositeKey()) {
                keyOrder.put(entity.name(), entity.key().stream().map(ReflectedEntity.Column::attribute).toList());
            }
            for (ReflectedEntity.Column column : entity.columns()) {
                if (column.zone() != null) {
                    zones.computeIfAbsent(entity.name(), e -> new HashMap<>()).put(column.attribute(), column.zone());
                }
                if (column.readOnlyReason() != null) {
                    readOnly.computeIfAbsent(entity.name(), e -> new HashMap<>()).put(column.attribute(), column.readOnlyReason());
                }
                if (column.textRule() != null) {
                    textRules.computeIfAbsent(entity.name(), e -> new HashMap<>()).put(column.attribute(), column.textRule());
                }
            }
        }
        return new Mapping(unmapped, zones, readOnly, textRules, keyOrder);
    }
}
