package dev.rowboat.data.persister;

import java.util.function.Supplier;
import org.hibernate.LockOptions;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.metamodel.mapping.EntityMappingType;

/** An entity's loader by id, built the first time a row is loaded by id. */
final class DeferredIdLoader<T> implements SingleIdEntityLoader<T> {
    private final EntityMappingType entity;
    private final Deferred<SingleIdEntityLoader<T>> loader;

    @SuppressWarnings("unchecked") // the persister's loader loads instances of its entity, whatever it declares
    DeferredIdLoader(EntityMappingType entity, Supplier<SingleIdEntityLoader<?>> build) {
        this.entity = entity;
        this.loader = new Deferred<>(() -> (SingleIdEntityLoader<T>) build.get());
    }

    @Override
    public EntityMappingType getLoadable() {
        return entity;
    }

    @Override
    public T load(Object id, LockOptions lockOptions, Boolean readOnly, SharedSessionContractImplementor session) {
        return loader.get().load(id, lockOptions, readOnly, session);
    }

    @Override
    public T load(Object id, Object entityInstance, LockOptions lockOptions, Boolean readOnly, SharedSessionContractImplementor session) {
        return loader.get().load(id, entityInstance, lockOptions, readOnly, session);
    }

    @Override
    public T load(Object id, Object entityInstance, LockOptions lockOptions, SharedSessionContractImplementor session) {
        return loader.get().load(id, entityInstance, lockOptions, session);
    }

    @Override
    public Object[] loadDatabaseSnapshot(Object id, SharedSessionContractImplementor session) {
        return loader.get().loadDatabaseSnapshot(id, session);
    }
}
