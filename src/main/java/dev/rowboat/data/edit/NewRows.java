package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeKind;
import java.util.Map;
import dev.rowboat.data.catalog.CompositeId;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Builds the instance Hibernate persists for an {@link InsertRow}: made by the entity's persister
 * (a class instance, or a map for a dynamic-map entity), so no compiled entity class is needed.
 */
final class NewRows {
    private NewRows() {
    }

    /**
     * @param inserted the instances already persisted in this save, by new row number; a
     *     {@link NewRowRef} is set to that instance, whose id Hibernate fills in
     */
    static Object instance(Session session, SaveTables tables, SaveTable table, InsertRow row, Map<Integer, Object> inserted) {
        EntityPersister persister = table.persister();
        SharedSessionContractImplementor implementor = session.unwrap(SharedSessionContractImplementor.class);
        Object instance = persister.instantiate(null, implementor);
        row.values().forEach((name, value) -> {
            SaveColumn column = table.column(name);
            if (column == table.id()) {
                persister.setIdentifier(instance, ValueCheck.normalize(column, value), implementor);
                return;
            }
            if (table.isKey(column)) { // a part of a composite id: an attribute of the entity itself, as Hibernate sees it
                keyPart(persister, name).getPropertyAccess().getSetter().set(instance, ValueCheck.normalize(column, value));
                return;
            }
            Object attributeValue;
            if (value instanceof NewRowRef ref) {
                attributeValue = inserted.get(ref.newRowNumber());
            } else if (value != null && column.info().kind() == AttributeKind.TO_ONE) {
                String target = tables.find(column.info().targetEntity()).orElseThrow().persister().getEntityName();
                attributeValue = session.getReference(target, ValueCheck.normalize(column, value));
            } else {
                attributeValue = ValueCheck.normalize(column, value);
            }
            persister.setValue(instance, persister.findAttributeMapping(name).getStateArrayPosition(), attributeValue);
        });
        return instance;
    }

    /** The id of an instance as the save reports it: for a composite id, its parts' values in key order. */
    static Object idOf(SaveTable table, Object instance, SharedSessionContractImplementor session) {
        if (table.id() != null) {
            return table.persister().getIdentifier(instance, session);
        }
        return new CompositeId(table.key().stream()
                .map(k -> keyPart(table.persister(), k.name()).getPropertyAccess().getGetter().get(instance)).toList());
    }

    private static AttributeMapping keyPart(EntityPersister persister, String name) {
        return ((EmbeddableValuedModelPart) persister.getIdentifierMapping()).getEmbeddableTypeDescriptor().findAttributeMapping(name);
    }
}
