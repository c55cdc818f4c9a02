package dev.rowboat.data.persister;

import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.cache.spi.access.NaturalIdDataAccess;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.entity.SingleTableEntityPersister;
import org.hibernate.persister.entity.mutation.DeleteCoordinator;
import org.hibernate.persister.entity.mutation.InsertCoordinator;
import org.hibernate.persister.entity.mutation.UpdateCoordinator;

/**
 * Hibernate's persister of an entity in a table of its own, its loader by id and its insert,
 * update, merge and delete statements built on first use ({@link DeferredPersisters}).
 */
public final class DeferredEntityPersister extends SingleTableEntityPersister {

    public DeferredEntityPersister(PersistentClass entity, EntityDataAccess cacheAccess, NaturalIdDataAccess naturalIdAccess,
                                   RuntimeModelCreationContext context) {
        super(entity, cacheAccess, naturalIdAccess, context);
    }

    @Override
    protected SingleIdEntityLoader<?> buildSingleIdEntityLoader() {
        return new DeferredIdLoader<>(this, super::buildSingleIdEntityLoader);
    }

    @Override
    protected InsertCoordinator buildInsertCoordinator() {
        return new DeferredMutations.Insert(super::buildInsertCoordinator);
    }

    @Override
    protected UpdateCoordinator buildUpdateCoordinator() {
        return new DeferredMutations.Update(super::buildUpdateCoordinator);
    }

    @Override
    protected UpdateCoordinator buildMergeCoordinator() {
        return new DeferredMutations.Update(super::buildMergeCoordinator);
    }

    @Override
    protected DeleteCoordinator buildDeleteCoordinator() {
        return new DeferredMutations.Delete(super::buildDeleteCoordinator);
    }
}
