package dev.rowboat.data.persister;

import org.hibernate.mapping.Collection;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.internal.StandardPersisterClassResolver;

/**
 * Chooses Hibernate's persisters for an open database: its own, except that each entity's and
 * collection's loaders and static statements are built the first time they are used rather than
 * all as the session factory starts. Hibernate builds them for every entity and collection
 * before the first query can run; with a reflected schema that is mostly work for tables nobody
 * opens: the loaders of the one-to-many collections alone (one per foreign key, each a select of
 * the rows pointing at a row) were a quarter of starting the session factory of 200 tables.
 * Grids, and a save's updates and deletes, do not use them (HQL and Rowboat's own SQL); a row's
 * collections, an insert, and {@code session.get} do, and pay once for the one entity or
 * collection they touch.
 *
 * <p>Given to Hibernate as {@code hibernate.persister.resolver}; inheritance other than one table
 * per hierarchy keeps Hibernate's own persisters.
 */
public final class DeferredPersisters extends StandardPersisterClassResolver {

    @Override
    public Class<? extends EntityPersister> singleTableEntityPersister() {
        return DeferredEntityPersister.class;
    }

    @Override
    public Class<? extends CollectionPersister> getCollectionPersisterClass(Collection collection) {
        return collection.isOneToMany() ? DeferredOneToManyPersister.class : DeferredCollectionPersister.class;
    }
}
