package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The {@link SaveTable}s of the current catalog, built again whenever the catalog is re-read
 * (a refresh may add or drop tables), with each entity's place in the reference order.
 */
final class SaveTables {
    private final SessionFactoryImplementor factory;
    private final Supplier<EntityCatalog> catalog;
    private volatile Built built;

    private record Built(EntityCatalog catalog, Map<String, SaveTable> tables, Map<String, Integer> depth) {
    }

    SaveTables(SessionFactoryImplementor factory, Supplier<EntityCatalog> catalog) {
        this.factory = factory;
        this.catalog = catalog;
    }

    EntityCatalog catalog() {
        return current().catalog();
    }

    /** The table of an entity whose table is present; empty for an unknown or unavailable one. */
    Optional<SaveTable> find(String entity) {
        return Optional.ofNullable(current().tables().get(entity));
    }

    /**
     * How many to-one hops lead from the entity to one that references nothing: rows of a lower
     * depth are inserted first and deleted last. Cycles (a self reference) are cut where found.
     */
    int depth(String entity) {
        return current().depth().getOrDefault(entity, 0);
    }

    private Built current() {
        EntityCatalog now = catalog.get();
        Built cached = built;
        if (cached == null || cached.catalog() != now) {
            cached = build(now);
            built = cached;
        }
        return cached;
    }

    private Built build(EntityCatalog now) {
        Map<String, EntityPersister> persisters = new HashMap<>();
        factory.getMappingMetamodel().forEachEntityDescriptor(p -> persisters.put(p.getJpaEntityName(), p));
        Map<String, SaveTable> tables = new HashMap<>();
        String exactCollation = exactCollation(factory.getJdbcServices().getDialect());
        for (EntityInfo entity : now.entities()) {
            EntityPersister persister = persisters.get(entity.name());
            if (entity.available() && persister != null) {
                tables.put(entity.name(), SaveTable.of(entity, persister, exactCollation, name -> now.find(name).orElse(null)));
            }
        }
        Map<String, Integer> depth = new HashMap<>();
        for (EntityInfo entity : now.entities()) {
            depth(now, entity.name(), depth, new HashSet<>());
        }
        return new Built(now, Map.copyOf(tables), Map.copyOf(depth));
    }

    /**
     * A collation that tells every character and trailing space apart, for MySQL and MariaDB. It is
     * applied to the parameter, so the column's own character set (latin1 too) is converted to it;
     * a BINARY comparison would compare latin1 bytes with UTF-8 ones and miss accented text.
     */
    private static String exactCollation(Dialect dialect) {
        if (dialect instanceof MariaDBDialect) {
            return "utf8mb4_nopad_bin";
        }
        if (dialect instanceof MySQLDialect mysql) {
            return mysql.getVersion().isSameOrAfter(8) ? "utf8mb4_0900_bin" : "utf8mb4_bin"; // 5.7 still pads
        }
        return null;
    }

    private static int depth(EntityCatalog catalog, String entity, Map<String, Integer> known, Set<String> visiting) {
        Integer cached = known.get(entity);
        if (cached != null) {
            return cached;
        }
        if (!visiting.add(entity)) {
            return 0;
        }
        int max = 0;
        for (AttributeInfo attribute : catalog.find(entity).map(EntityInfo::attributes).orElse(java.util.List.of())) {
            if (attribute.kind() == AttributeKind.TO_ONE && attribute.column() != null && !attribute.targetEntity().equals(entity)) {
                max = Math.max(max, 1 + depth(catalog, attribute.targetEntity(), known, visiting));
            }
        }
        visiting.remove(entity);
        known.put(entity, max);
        return max;
    }
}
