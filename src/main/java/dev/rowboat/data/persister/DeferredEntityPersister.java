package dev.rowboat.data.persister;

import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.cache.spi.access.NaturalIdDataAccess;
import org.hibernate.loader.ast.spi.SingleIdEntityLoader;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.entity.SingleTableEntityPersister;

/**
 * Hibernate's persister of an entity in a table of its own, its loader by id and its insert,
 * update, merge and delete statements built on first use ({@link DeferredPersisters}): the
 * statements through its state management ({@link DeferredStateManagement}).
 */
public final class DeferredEntityPersister extends SingleTableEntityPersister {

    public DeferredEntityPersister(PersistentClass entity, EntityDataAccess cacheAccess, NaturalIdDataAccess naturalIdAccess,
                                   RuntimeModelCreationContext context) {
        super(entity, cacheAccess, naturalIdAccess, context, DeferredStateManagement::new);
    }

    @Override
    protected SingleIdEntityLoader<?> buildSingleIdEntityLoader() {
        return new DeferredIdLoader<>(this, super::buildSingleIdEntityLoader);
    }
}
