package dev.rowboat.data.persister;

import org.hibernate.cache.spi.access.CollectionDataAccess;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.loader.ast.spi.CollectionLoader;
import org.hibernate.mapping.Collection;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.collection.BasicCollectionPersister;

/**
 * Hibernate's persister of a collection with a table of its own (many-to-many, or of values), its
 * loader built on first use ({@link DeferredPersisters}).
 */
public final class DeferredCollectionPersister extends BasicCollectionPersister {

    public DeferredCollectionPersister(Collection collection, CollectionDataAccess cacheAccess, RuntimeModelCreationContext context) {
        super(collection, cacheAccess, context);
    }

    @Override
    protected CollectionLoader createSingleKeyCollectionLoader(LoadQueryInfluencers influencers) {
        return new DeferredCollectionLoader(getAttributeMapping(), () -> super.createSingleKeyCollectionLoader(influencers));
    }
}
