package dev.rowboat.data.persister;

import org.hibernate.mapping.Collection;
import org.hibernate.mapping.RootClass;
import org.hibernate.metamodel.mapping.AuxiliaryMapping;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.MappingModelCreationProcess;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.collection.mutation.DeleteRowsCoordinator;
import org.hibernate.persister.collection.mutation.InsertRowsCoordinator;
import org.hibernate.persister.collection.mutation.RemoveCoordinator;
import org.hibernate.persister.collection.mutation.UpdateRowsCoordinator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.mutation.DeleteCoordinator;
import org.hibernate.persister.entity.mutation.InsertCoordinator;
import org.hibernate.persister.entity.mutation.UpdateCoordinator;
import org.hibernate.persister.state.spi.StateManagement;

/**
 * Hibernate's state management of an entity (since 7.4 it makes the persister's insert, update,
 * merge and delete coordinators), with each entity coordinator's statements built on first use.
 * Everything else is the entity's own state management, as Hibernate chose it.
 */
final class DeferredStateManagement implements StateManagement {
    private final StateManagement delegate;

    DeferredStateManagement(StateManagement delegate) {
        this.delegate = delegate;
    }

    @Override
    public InsertCoordinator createInsertCoordinator(EntityPersister persister) {
        return new DeferredMutations.Insert(() -> delegate.createInsertCoordinator(persister));
    }

    @Override
    public UpdateCoordinator createUpdateCoordinator(EntityPersister persister) {
        return new DeferredMutations.Update(() -> delegate.createUpdateCoordinator(persister));
    }

    @Override
    public UpdateCoordinator createMergeCoordinator(EntityPersister persister) {
        return new DeferredMutations.Update(() -> delegate.createMergeCoordinator(persister));
    }

    @Override
    public DeleteCoordinator createDeleteCoordinator(EntityPersister persister) {
        return new DeferredMutations.Delete(() -> delegate.createDeleteCoordinator(persister));
    }

    @Override
    public InsertRowsCoordinator createInsertRowsCoordinator(CollectionPersister persister) {
        return delegate.createInsertRowsCoordinator(persister);
    }

    @Override
    public UpdateRowsCoordinator createUpdateRowsCoordinator(CollectionPersister persister) {
        return delegate.createUpdateRowsCoordinator(persister);
    }

    @Override
    public DeleteRowsCoordinator createDeleteRowsCoordinator(CollectionPersister persister) {
        return delegate.createDeleteRowsCoordinator(persister);
    }

    @Override
    public RemoveCoordinator createRemoveCoordinator(CollectionPersister persister) {
        return delegate.createRemoveCoordinator(persister);
    }

    @Override
    public AuxiliaryMapping createAuxiliaryMapping(EntityPersister persister, RootClass rootClass,
                                                   MappingModelCreationProcess creationProcess) {
        return delegate.createAuxiliaryMapping(persister, rootClass, creationProcess);
    }

    @Override
    public AuxiliaryMapping createAuxiliaryMapping(PluralAttributeMapping attribute, Collection collection,
                                                   MappingModelCreationProcess creationProcess) {
        return delegate.createAuxiliaryMapping(attribute, collection, creationProcess);
    }
}
