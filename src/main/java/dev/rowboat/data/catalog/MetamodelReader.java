package dev.rowboat.data.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import dev.rowboat.data.mapping.Mapping;
import dev.rowboat.model.StoredInZone;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.EntityIdentifierMapping;
import org.hibernate.metamodel.mapping.EntityValuedModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Reads entities from Hibernate's {@code MappingMetamodel}, which lists dynamic-map entities as
 * well as annotated classes; the boot {@link Metadata} adds what the runtime model does not keep
 * (unique constraints).
 */
final class MetamodelReader {
    private final Metadata metadata;
    private final SessionFactoryImplementor factory;
    private final Mapping mapping;

    MetamodelReader(Metadata metadata, SessionFactoryImplementor factory, Mapping mapping) {
        this.metadata = metadata;
        this.factory = factory;
        this.mapping = mapping;
    }

    List<MappedEntity> read() {
        List<MappedEntity> entities = new ArrayList<>();
        factory.getMappingMetamodel().forEachEntityDescriptor(persister -> entities.add(entity(persister)));
        return entities;
    }

    private MappedEntity entity(EntityPersister persister) {
        PersistentClass binding = metadata.getEntityBinding(persister.getEntityName());
        Table table = binding.getTable();
        Set<String> uniqueColumns = uniqueColumns(table);
        List<MappedAttribute> ids = ids(persister.getIdentifierMapping(), table.getName(), mapping.keyOrder(persister.getJpaEntityName()));
        Set<String> idNames = new HashSet<>();
        ids.forEach(id -> idNames.add(id.info().name()));
        String version = persister.isVersioned() ? persister.getVersionMapping().getVersionAttribute().getAttributeName() : null;
        List<MappedAttribute> attributes = new ArrayList<>();
        String entity = persister.getJpaEntityName();
        persister.forEachAttributeMapping(attributeMapping -> {
            MappedAttribute attribute = attribute(entity, attributeMapping, table, uniqueColumns,
                    attributeMapping.getAttributeName().equals(version));
            if (attribute != null && !idNames.contains(attribute.info().name())) {
                attributes.add(attribute);
            }
        });
        return new MappedEntity(persister.getJpaEntityName(), table.getName(), ids, attributes);
    }

    /**
     * The id as attributes: one, or for a composite id each of its parts in the key's order (a
     * reflected table's is "virtual": its parts are attributes of the entity itself).
     */
    private static List<MappedAttribute> ids(EntityIdentifierMapping idMapping, String table, List<String> keyOrder) {
        if (idMapping instanceof BasicValuedModelPart basic) {
            String idColumn = unquote(basic.getSelectionExpression());
            return List.of(new MappedAttribute(new AttributeInfo(idMapping.getAttributeName(), AttributeKind.ID,
                    idMapping.getJavaType().getJavaTypeClass(), idColumn, null, null, false, true, null), table, idColumn));
        }
        List<MappedAttribute> ids = new ArrayList<>();
        ((EmbeddableValuedModelPart) idMapping).getEmbeddableTypeDescriptor().forEachAttributeMapping(part -> {
            if (!(part instanceof SelectableMapping column)) {
                throw new IllegalStateException("A composite id whose part " + part.getAttributeName() + " is not one column");
            }
            String name = unquote(column.getSelectionExpression());
            ids.add(new MappedAttribute(new AttributeInfo(part.getAttributeName(), AttributeKind.ID,
                    part.getJavaType().getJavaTypeClass(), name, null, null, false, false, column.getLength()), table, name));
        });
        // Hibernate lists the parts by name; the key's order is what its index (and so a keyset page) follows
        ids.sort(java.util.Comparator.comparingInt(id -> {
            int at = keyOrder.indexOf(id.info().name());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        return ids;
    }

    private MappedAttribute attribute(String entity, AttributeMapping mapping, Table bootTable, Set<String> uniqueColumns,
                                      boolean version) {
        String table = bootTable.getName();
        String name = mapping.getAttributeName();
        if (mapping instanceof ToOneAttributeMapping toOne) {
            String target = toOne.getAssociatedEntityMappingType().getEntityPersister().getJpaEntityName();
            boolean owning = toOne.getSideNature() == org.hibernate.metamodel.mapping.ForeignKeyDescriptor.Nature.KEY;
            List<SelectableMapping> columns = owning ? keyColumns(toOne) : List.of();
            String column = columns.isEmpty() ? null : unquote(columns.get(0).getSelectionExpression());
            // a key of several columns is unique where the mapping says so (they are a unique key, or the primary key)
            boolean unique = columns.size() == 1 ? uniqueColumns.contains(column)
                    : columns.size() > 1 && toOne.getCardinality() != ToOneAttributeMapping.Cardinality.MANY_TO_ONE;
            boolean nullable = columns.size() > 1 ? columns.stream().anyMatch(SelectableMapping::isNullable) : toOne.isNullable();
            var info = new AttributeInfo(name, AttributeKind.TO_ONE, Object.class, column, target, null, nullable, unique, null);
            return new MappedAttribute(info, owning ? table : null, column);
        }
        if (mapping instanceof PluralAttributeMapping plural) {
            if (!(plural.getElementDescriptor() instanceof EntityValuedModelPart element)) {
                return null; // collections of values come with reflected schemas later
            }
            String target = element.getEntityMappingType().getEntityPersister().getJpaEntityName();
            String joinTable = plural.getCollectionDescriptor().isManyToMany()
                    ? unquote(((AbstractCollectionPersister) plural.getCollectionDescriptor()).getTableName()) : null;
            var info = new AttributeInfo(name, AttributeKind.TO_MANY, Object.class, null, target, joinTable,
                    true, false, null);
            return new MappedAttribute(info, joinTable, null);
        }
        if (mapping instanceof SelectableMapping basic) {
            String column = unquote(basic.getSelectionExpression());
            var info = new AttributeInfo(name, AttributeKind.BASIC, mapping.getJavaType().getJavaTypeClass(), column,
                    null, null, basic.isNullable(), uniqueColumns.contains(column), basic.getLength(), version,
                    zoneOf(mapping).orElse(this.mapping.zone(entity, name).orElse(null)),
                    this.mapping.readOnlyReason(entity, name).orElse(null), this.mapping.textRule(entity, name).orElse(null));
            return new MappedAttribute(info, table, column);
        }
        return null; // embeddables come with reflected schemas later
    }

    /** The foreign key's columns: one, or several (a key of several columns to a composite id). */
    private static List<SelectableMapping> keyColumns(ToOneAttributeMapping toOne) {
        List<SelectableMapping> columns = new ArrayList<>();
        toOne.getForeignKeyDescriptor().getKeyPart().forEachSelectable((i, s) -> columns.add(s));
        return columns;
    }

    /** The zone an annotated model declares for a date-time without zone ({@link StoredInZone}), if any. */
    private static java.util.Optional<String> zoneOf(AttributeMapping mapping) {
        var member = mapping.getPropertyAccess() == null ? null : mapping.getPropertyAccess().getGetter().getMember();
        StoredInZone zone = member instanceof java.lang.reflect.AnnotatedElement element
                ? element.getAnnotation(StoredInZone.class) : null;
        return java.util.Optional.ofNullable(zone).map(StoredInZone::value);
    }

    private static Set<String> uniqueColumns(Table table) {
        Set<String> unique = new HashSet<>();
        for (Column column : table.getColumns()) {
            if (column.isUnique()) {
                unique.add(column.getName());
            }
        }
        table.getUniqueKeys().values().stream().filter(key -> key.getColumns().size() == 1)
                .forEach(key -> unique.add(key.getColumns().get(0).getName()));
        table.getIndexes().values().stream().filter(index -> index.isUnique() && index.getColumnSpan() == 1)
                .forEach(index -> index.getSelectables().forEach(s -> unique.add(s.getText())));
        return unique;
    }

    static String unquote(String identifier) {
        if (identifier == null || identifier.length() < 2) {
            return identifier;
        }
        char first = identifier.charAt(0);
        if (first == '"' || first == '`' || first == '[') {
            return identifier.substring(1, identifier.length() - 1);
        }
        return identifier;
    }
}
