package dev.rowboat.migrate.diff;

import jakarta.persistence.Index;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

/**
 * What the entity classes say about their tables that Hibernate's boot model loses: the order in
 * which the columns are declared (Hibernate sorts properties by name) and which unique keys were
 * declared as unique {@code @Index}es (Hibernate folds those into unique constraints). SQLAlchemy
 * keeps both, so a model read with them creates the tables a Flask-Migrate project creates.
 */
final class DeclaredLayout {
    private final Map<String, List<String>> columnOrder = new HashMap<>();
    private final Map<String, Set<String>> uniqueIndexes = new HashMap<>();

    private DeclaredLayout() {
    }

    static DeclaredLayout of(Metadata metadata) {
        DeclaredLayout layout = new DeclaredLayout();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type == null || entity.getTable() == null) {
                continue;
            }
            String table = entity.getTable().getName();
            layout.columnOrder.put(table, declaredColumns(entity, type));
            jakarta.persistence.Table annotation = type.getAnnotation(jakarta.persistence.Table.class);
            if (annotation != null) {
                for (Index index : annotation.indexes()) {
                    if (index.unique()) {
                        layout.uniqueIndexes.computeIfAbsent(table, t -> new HashSet<>()).add(index.name());
                    }
                }
            }
        }
        return layout;
    }

    /** {@code columns} with the entity's declared ones first, in declaration order; the rest (join tables' columns) as they were. */
    List<Column> order(String table, Collection<Column> columns) {
        List<String> declared = columnOrder.getOrDefault(table, List.of());
        Map<String, Column> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.getName(), c));
        List<Column> out = new ArrayList<>();
        declared.stream().map(byName::remove).filter(c -> c != null).forEach(out::add);
        out.addAll(byName.values());
        return out;
    }

    /** Whether the unique key {@code name} of {@code table} was declared as a unique index. */
    boolean isUniqueIndex(String table, String name) {
        return uniqueIndexes.getOrDefault(table, Set.of()).contains(name);
    }

    private static List<String> declaredColumns(PersistentClass entity, Class<?> type) {
        Map<String, Property> properties = new HashMap<>();
        entity.getPropertyClosure().forEach(p -> properties.put(p.getName(), p));
        List<String> out = new ArrayList<>();
        if (entity.getIdentifierProperty() != null) {
            entity.getIdentifierProperty().getColumns().forEach(c -> out.add(c.getName()));
        }
        // superclasses' fields first; getDeclaredFields gives source order on every JVM Rowboat runs on
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.push(c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                Property p = properties.get(field.getName());
                if (p != null) {
                    p.getColumns().forEach(col -> out.add(col.getName()));
                }
            }
        }
        return out;
    }
}
