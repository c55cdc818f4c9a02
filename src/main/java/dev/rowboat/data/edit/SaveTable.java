package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import dev.rowboat.data.catalog.CompositeId;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import java.util.Map;
import org.hibernate.generator.Assigned;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
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
 */
record SaveTable(EntityInfo info, EntityPersister persister, String sql, SaveColumn id, List<SaveColumn> key,
                 Map<String, SaveColumn> columns, SaveColumn version, boolean generatedId, String exactCollation) {

    static SaveTable of(EntityInfo info, EntityPersister persister, String exactCollation) {
        Map<String, SaveColumn> columns = new LinkedHashMap<>();
        SaveColumn version = null;
        for (AttributeInfo attribute : info.attributes()) {
            SaveColumn column = column(persister, attribute);
            if (column != null) {
                columns.put(attribute.name(), column);
                if (attribute.version()) {
                    version = column;
                }
            }
        }
        // a composite id is always assigned (Hibernate gives it a generator that only copies the parts)
        boolean generated = !info.compositeId() && persister.getGenerator() != null && !(persister.getGenerator() instanceof Assigned);
        List<SaveColumn> key = info.idAttributes().stream().map(a -> columns.get(a.name())).toList();
        return new SaveTable(info, persister, persister.getIdentifierTableDetails().getTableName(),
                info.compositeId() ? null : key.get(0), key.contains(null) ? List.of() : key,
                Collections.unmodifiableMap(columns), version, generated, exactCollation);
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
     * A to-one whose foreign key is a part of a composite key: the part writes the column (the
     * to-one is mapped read-only), so the to-one needs no value of its own in an insert.
     */
    boolean writtenByKey(SaveColumn column) {
        return id == null && column.info().kind() == AttributeKind.TO_ONE && key.stream().anyMatch(k -> k.sql().equals(column.sql()));
    }

    boolean isKey(SaveColumn column) {
        return key.contains(column);
    }

    /** The value of one of the key's columns within an id (a {@link CompositeId} where the key has several). */
    Object keyValue(Object id, SaveColumn column) {
        return id instanceof CompositeId composite ? composite.get(key.indexOf(column)) : id;
    }

    private static SaveColumn column(EntityPersister persister, AttributeInfo attribute) {
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
            SelectableMapping[] key = new SelectableMapping[1];
            toOne.getForeignKeyDescriptor().getKeyPart().forEachSelectable((i, s) -> key[0] = s);
            return column(attribute, key[0], key[0].getJdbcMapping().getJavaTypeDescriptor().getJavaTypeClass());
        }
        return null;
    }

    private static SaveColumn column(AttributeInfo attribute, SelectableMapping selectable, Class<?> javaType) {
        return new SaveColumn(attribute, selectable.getSelectionExpression(), selectable.getJdbcMapping(), javaType,
                selectable.getJdbcMapping().getJdbcType().getDdlTypeCode(), selectable.getPrecision(), selectable.getScale());
    }
}
