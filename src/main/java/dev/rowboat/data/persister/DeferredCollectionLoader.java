package dev.rowboat.data.persister;

import java.util.function.Supplier;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.spi.CollectionLoader;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;

/** A collection's loader, built the first time a collection is loaded. */
final class DeferredCollectionLoader implements CollectionLoader {
    private final PluralAttributeMapping attribute;
    private final Deferred<CollectionLoader> loader;

    DeferredCollectionLoader(PluralAttributeMapping attribute, Supplier<CollectionLoader> build) {
        this.attribute = attribute;
        this.loader = new Deferred<>(build);
    }

    @Override
    public PluralAttributeMapping getLoadable() {
        return attribute;
    }

    @Override
    public PersistentCollection<?> load(Object key, SharedSessionContractImplementor session) {
        return loader.get().load(key, session);
    }
}
