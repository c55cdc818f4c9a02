package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.generator.Assigned;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * An entity's table as a save writes it: the catalog's attributes joined to the SQL names and
 * binders of Hibernate's runtime model, so annotated and dynamic-map entities work alike.
 *
 * @param sql the table name as Hibernate writes it in SQL
 * @param id the id's column; null for a composite id, whose columns are {@code key}
 * @param key the columns that name a row: the id's one, or a composite key's in the key's order
 * @param columns the id, basic and owning to-one attributes by name, in catalog order
 * @param version the version column, or null when the entity has none
 * @param exactCollation the collation text is compared in when the database's usual ones are not
 *     exact (MySQL's and MariaDB's take 'john', 'John' and 'john ' as equal, which would let a
 *     change of letter case by someone else be overwritten unnoticed); null where they are exact
 * @param sharedLinks the to-ones whose columns the mapping leaves to other attributes (a key part,
 *     a foreign key of one column): Hibernate does not write them, the save writes their columns
 */
record SaveTable(EntityInfo info, EntityPersister persister, String sql, SaveColumn id, List<SaveColumn> key,
                 Map<String, SaveColumn> columns, SaveColumn version, boolean generatedId, String exactCollation,
                 Set<String> sharedLinks) {

    /** @param entities the catalog's entities, for the key order of the rows a to-one of several columns points at */
    static SaveTable of(EntityInfo info, EntityPersister persister, String exactCollation, Function<String, EntityInfo> entities) {
        Map<String, SaveColumn> columns = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>();
        SaveColumn version = null;
        for (AttributeInfo attribute : info.attributes()) {
            SaveColumn column = column(persister, attribute, entities);
            if (column != null) {
                columns.put(attribute.name(), column);
                if (attribute.version()) {
                    version = column;
                }
                if (attribute.kind() == AttributeKind.TO_ONE && !persister.getPropertyInsertability()[
                        persister.findAttributeMapping(attribute.name()).getStateArrayPosition()]) {
                    shared.add(attribute.name());
                }
            }
        }
        // a composite id is always assigned (Hibernate gives it a generator that only copies the parts)
        boolean generated = !info.compositeId() && persister.getGenerator() != null && !(persister.getGenerator() instanceof Assigned);
        List<SaveColumn> key = info.idAttributes().stream().map(a -> columns.get(a.name())).toList();
        return new SaveTable(info, persister, persister.getIdentifierTableDetails().getTableName(),
                info.compositeId() ? null : key.get(0), key.contains(null) ? List.of() : key,
                Collections.unmodifiableMap(columns), version, generated, exactCollation, Set.copyOf(shared));
    }

    String entity() {
        return info.name();
    }

    SaveColumn column(String attribute) {
        return columns.get(attribute);
    }

    /** An id as the database gives it back: each column's value of that column's Java type. */
    Object normalizedId(Object id) {
        if (id instanceof CompositeId composite && id() == null) {
            List<Object> parts = new java.util.ArrayList<>(key.size());
            for (int i = 0; i < key.size(); i++) {
                parts.add(ValueCheck.normalize(key.get(i), composite.get(i)));
            }
            return new CompositeId(parts);
        }
        return ValueCheck.normalize(id(), id);
    }

    /**
     * A to-one whose columns other attributes write (a part of a composite key, a foreign key of
     * one column): the mapping leaves them to those, so an insert sets them from its value (see
     * {@link #writerOf}) and needs no value of its own for it.
     */
    boolean sharesColumns(SaveColumn column) {
        return sharedLinks.contains(column.name());
    }

    /**
     * The attribute of one column that Hibernate writes a column of a shared to-one through: a key
     * part, a value, a to-one of one column; null where none is (a to-one of several columns).
     */
    SaveColumn writerOf(SaveColumn part) {
        return columns.values().stream().filter(c -> !c.composite() && !sharesColumns(c) && c.sql().equals(part.sql()))
                .findFirst().orElse(null);
    }

    boolean isKey(SaveColumn column) {
        return key.contains(column);
    }

    /** The value of one of the key's columns within an id (a {@link CompositeId} where the key has several). */
    Object keyValue(Object id, SaveColumn column) {
        return id instanceof CompositeId composite ? composite.get(key.indexOf(column)) : id;
    }

    private static SaveColumn column(EntityPersister persister, AttributeInfo attribute, Function<String, EntityInfo> entities) {
        if (attribute.kind() == AttributeKind.ID) {
            if (persister.getIdentifierMapping() instanceof BasicValuedModelPart id) {
                return column(attribute, id, attribute.javaType());
            }
            // a part of a composite id (a reflected table's is "virtual": its parts are the entity's)
            return persister.getIdentifierMapping() instanceof EmbeddableValuedModelPart composite
                    && composite.getEmbeddableTypeDescriptor().findAttributeMapping(attribute.name()) instanceof SelectableMapping part
                    ? column(attribute, part, attribute.javaType()) : null;
        }
        AttributeMapping mapping = persister.findAttributeMapping(attribute.name());
        if (attribute.kind() == AttributeKind.BASIC && mapping instanceof SelectableMapping basic) {
            return column(attribute, basic, attribute.javaType());
        }
        if (attribute.kind() == AttributeKind.TO_ONE && attribute.column() != null && mapping instanceof ToOneAttributeMapping toOne) {
            List<SelectableMapping> key = selectables(toOne.getForeignKeyDescriptor().getKeyPart());
            if (key.size() == 1) {
                return column(attribute, key.get(0), key.get(0).getJdbcMapping().getJavaTypeDescriptor().getJavaTypeClass());
            }
            return severalColumns(attribute, toOne, key, entities.apply(attribute.targetEntity()));
        }
        return null;
    }

    /**
     * A to-one of several columns, its parts in the order of the target's key (the order of a
     * {@link CompositeId}'s values); Hibernate pairs them with the target's id parts in an order
     * of its own (by name), so they are matched by the id part each refers to.
     */
    private static SaveColumn severalColumns(AttributeInfo attribute, ToOneAttributeMapping toOne, List<SelectableMapping> key,
                                             EntityInfo target) {
        if (target == null || !(toOne.getForeignKeyDescriptor().getTargetPart() instanceof EmbeddableValuedModelPart referenced)) {
            return null;
        }
        List<String> referencedParts = new ArrayList<>();
        referenced.getEmbeddableTypeDescriptor().forEachAttributeMapping(part -> referencedParts.add(part.getAttributeName()));
        List<SaveColumn> parts = new ArrayList<>();
        for (AttributeInfo targetPart : target.idAttributes()) {
            int at = referencedParts.indexOf(targetPart.name());
            if (at < 0 || referencedParts.size() != key.size()) {
                return null;
            }
            SelectableMapping column = key.get(at);
            parts.add(column(attribute, column, column.getJdbcMapping().getJavaTypeDescriptor().getJavaTypeClass()));
        }
        return SaveColumn.of(attribute, parts);
    }

    private static List<SelectableMapping> selectables(ModelPart part) {
        List<SelectableMapping> columns = new ArrayList<>();
        part.forEachSelectable((i, s) -> columns.add(s));
        return columns;
    }

    private static SaveColumn column(AttributeInfo attribute, SelectableMapping selectable, Class<?> javaType) {
        return new SaveColumn(attribute, selectable.getSelectionExpression(), selectable.getJdbcMapping(), javaType,
                selectable.getJdbcMapping().getJdbcType().getDdlTypeCode(), selectable.getPrecision(), selectable.getScale());
    }
}
