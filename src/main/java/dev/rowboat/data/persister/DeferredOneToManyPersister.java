package dev.rowboat.data.persister;

import org.hibernate.cache.spi.access.CollectionDataAccess;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.loader.ast.spi.CollectionLoader;
import org.hibernate.mapping.Collection;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.collection.OneToManyPersister;

/** Hibernate's persister of a one-to-many collection, its loader built on first use ({@link DeferredPersisters}). */
public final class DeferredOneToManyPersister extends OneToManyPersister {

    public DeferredOneToManyPersister(Collection collection, CollectionDataAccess cacheAccess, RuntimeModelCreationContext context) {
        super(collection, cacheAccess, context);
    }

    @Override
    protected CollectionLoader createSingleKeyCollectionLoader(LoadQueryInfluencers influencers) {
        return new DeferredCollectionLoader(getAttributeMapping(), () -> super.createSingleKeyCollectionLoader(influencers));
    }
}
