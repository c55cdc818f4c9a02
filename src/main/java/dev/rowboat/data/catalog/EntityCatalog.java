package dev.rowboat.data.catalog;

import java.util.List;
import java.util.Optional;

/** The entities of an open database, in the order the entity list shows them. */
public record EntityCatalog(List<EntityInfo> entities) {
    public EntityCatalog {
        entities = List.copyOf(entities);
    }

    public Optional<EntityInfo> find(String name) {
        // a loop, not a stream: every page of a grid looks its entity up
        for (EntityInfo entity : entities) {
            if (entity.name().equals(name)) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
    }

    /** The catalog with some entities labelled by the attributes a person chose. */
    public EntityCatalog withLabels(java.util.Map<String, String> labels) {
        return new EntityCatalog(entities.stream().map(e -> labels.containsKey(e.name()) && e.available()
                ? e.withLabel(labels.get(e.name())) : e).toList());
    }

    public EntityInfo get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("No entity " + name));
    }
}
