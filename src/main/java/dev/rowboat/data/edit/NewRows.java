package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.CompositeId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
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
        withLinkedValues(table, row.values(), ref -> idOf(tables.find(ref.entity()).orElseThrow(), inserted.get(ref.newRowNumber()), implementor))
                .forEach((name, value) -> set(session, tables, table, instance, table.column(name), value, inserted));
        return instance;
    }

    /**
     * The values an insert gives, and the columns its to-ones of shared columns write through
     * other attributes (a key part, a to-one of one column) set from them: Hibernate writes a
     * column through one attribute only, and an order line picked for a new shipment item is
     * its order and line number. A value given for such a column too agrees (EditValidator checks).
     *
     * @param newRowIds the id of a row the same save inserts
     */
    static Map<String, Object> withLinkedValues(SaveTable table, Map<String, Object> values, Function<NewRowRef, Object> newRowIds) {
        Map<String, Object> all = new LinkedHashMap<>(values);
        values.forEach((name, value) -> {
            SaveColumn link = table.column(name);
            if (link != null && table.sharesColumns(link) && value != null) {
                Object id = value instanceof NewRowRef ref ? newRowIds.apply(ref) : value;
                for (int i = 0; i < link.columns().size(); i++) {
                    SaveColumn writer = table.writerOf(link.columns().get(i));
                    if (writer != null && !values.containsKey(writer.name())) {
                        all.put(writer.name(), link.valueOf(i, id));
                    }
                }
            }
        });
        return all;
    }

    private static void set(Session session, SaveTables tables, SaveTable table, Object instance, SaveColumn column, Object value,
                            Map<Integer, Object> inserted) {
        EntityPersister persister = table.persister();
        SharedSessionContractImplementor implementor = session.unwrap(SharedSessionContractImplementor.class);
        String name = column.name();
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
            attributeValue = reference(session, tables.find(column.info().targetEntity()).orElseThrow(), ValueCheck.normalize(column, value));
        } else {
            attributeValue = ValueCheck.normalize(column, value);
        }
        persister.setValue(instance, persister.findAttributeMapping(name).getStateArrayPosition(), attributeValue);
    }

    /**
     * The row a to-one points at, unread. A composite id is "virtual" (see the mapping writer): an
     * instance of the entity with its key parts set is what Hibernate takes as its id.
     */
    private static Object reference(Session session, SaveTable target, Object id) {
        String entityName = target.persister().getEntityName();
        if (target.id() != null || !(id instanceof CompositeId composite)) {
            return session.getReference(entityName, id);
        }
        Object key = target.persister().instantiate(null, session.unwrap(SharedSessionContractImplementor.class));
        for (int i = 0; i < target.key().size(); i++) {
            keyPart(target.persister(), target.key().get(i).name()).getPropertyAccess().getSetter()
                    .set(key, ValueCheck.normalize(target.key().get(i), composite.get(i)));
        }
        return session.getReference(entityName, key);
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
