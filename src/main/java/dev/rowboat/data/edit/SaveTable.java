package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param columns the id, basic and owning to-one attributes by name, in catalog order
 * @param version the version column, or null when the entity has none
 * @param exactCollation the collation text is compared in when the database's usual ones are not
 *     exact (MySQL's and MariaDB's take 'john', 'John' and 'john ' as equal, which would let a
 *     change of letter case by someone else be overwritten unnoticed); null where they are exact
 */
record SaveTable(EntityInfo info, EntityPersister persister, String sql, SaveColumn id,
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
        boolean generated = persister.getGenerator() != null && !(persister.getGenerator() instanceof Assigned);
        return new SaveTable(info, persister, persister.getIdentifierTableDetails().getTableName(),
                columns.get(info.id().name()), Collections.unmodifiableMap(columns), version, generated, exactCollation);
    }

    String entity() {
        return info.name();
    }

    SaveColumn column(String attribute) {
        return columns.get(attribute);
    }

    private static SaveColumn column(EntityPersister persister, AttributeInfo attribute) {
        if (attribute.kind() == AttributeKind.ID) {
            // Composite ids are not edited here: they come with reflected schemas, if ever.
            return persister.getIdentifierMapping() instanceof BasicValuedModelPart id
                    ? column(attribute, id, attribute.javaType()) : null;
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
