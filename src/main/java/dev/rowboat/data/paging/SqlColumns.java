package dev.rowboat.data.paging;

import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicEntityIdentifierMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EntityAssociationMapping;
import org.hibernate.metamodel.mapping.ForeignKeyDescriptor;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Where an entity's attributes are single columns of its one table, as Hibernate's mapping
 * metamodel renders them (quoted where reserved), with the JDBC type Hibernate reads and binds
 * each with: what a grid page needs to run as a statement of Rowboat's own. Anything else (a
 * formula, an embedded or composite value, a column of another table) has no column here, and
 * the page goes through HQL.
 */
final class SqlColumns {
    /** One column and the type that reads and binds its values. */
    record Column(String name, JdbcMapping type) {
    }

    /** How a to-one joins its target: the target's table and columns, and which target column equals which of ours. */
    record ToOne(SqlColumns target, String targetJoinColumn, String ownJoinColumn) {
    }

    private final EntityPersister persister;
    private final BasicEntityIdentifierMapping id;

    private SqlColumns(EntityPersister persister, BasicEntityIdentifierMapping id) {
        this.persister = persister;
        this.id = id;
    }

    static Optional<SqlColumns> of(SessionFactoryImplementor factory, String entityName) {
        return of(persister(factory, entityName));
    }

    private static Optional<SqlColumns> of(EntityPersister persister) {
        if (persister == null || !(persister.getIdentifierMapping() instanceof BasicEntityIdentifierMapping id) || id.isFormula()) {
            return Optional.empty();
        }
        return Optional.of(new SqlColumns(persister, id));
    }

    String table() {
        return id.getContainingTableExpression();
    }

    Column id() {
        return new Column(id.getSelectionExpression(), id.getJdbcMapping());
    }

    /** The attribute's column, if it is one plain column of this table. */
    Optional<Column> column(String attribute) {
        if (attribute.equals(id.getAttributeName())) {
            return Optional.of(id());
        }
        return ownColumn(persister.findAttributeMapping(attribute));
    }

    /** The join of a to-one whose key is one column between this table and the target's, else empty. */
    Optional<ToOne> toOne(String attribute) {
        if (!(persister.findAttributeMapping(attribute) instanceof EntityAssociationMapping association)) {
            return Optional.empty();
        }
        Optional<SqlColumns> target = of(association.getAssociatedEntityMappingType().getEntityPersister());
        ForeignKeyDescriptor key = association.getForeignKeyDescriptor();
        if (target.isEmpty() || !(key.getKeyPart() instanceof BasicValuedModelPart keyPart)
                || !(key.getTargetPart() instanceof BasicValuedModelPart targetPart)) {
            return Optional.empty();
        }
        boolean ownsKey = association.getSideNature() == ForeignKeyDescriptor.Nature.KEY;
        String ownTable = ownsKey ? key.getKeyTable() : key.getTargetTable();
        String targetTable = ownsKey ? key.getTargetTable() : key.getKeyTable();
        if (!ownTable.equals(table()) || !targetTable.equals(target.get().table())) {
            return Optional.empty(); // through an association table
        }
        return Optional.of(ownsKey ? new ToOne(target.get(), targetPart.getSelectionExpression(), keyPart.getSelectionExpression())
                : new ToOne(target.get(), keyPart.getSelectionExpression(), targetPart.getSelectionExpression()));
    }

    private Optional<Column> ownColumn(ModelPart part) {
        if (part instanceof BasicValuedModelPart basic && !basic.isFormula() && table().equals(basic.getContainingTableExpression())) {
            return Optional.of(new Column(basic.getSelectionExpression(), basic.getJdbcMapping()));
        }
        return Optional.empty();
    }

    /** The catalog names entities as JPA does ("Post"); Hibernate's own name may be the class's. */
    static EntityPersister persister(SessionFactoryImplementor factory, String entityName) {
        var metamodel = factory.getMappingMetamodel();
        EntityPersister byName = metamodel.findEntityDescriptor(entityName);
        if (byName != null) {
            return byName;
        }
        EntityPersister[] found = new EntityPersister[1];
        metamodel.forEachEntityDescriptor(p -> {
            if (entityName.equals(p.getJpaEntityName())) {
                found[0] = p;
            }
        });
        return found[0];
    }
}
