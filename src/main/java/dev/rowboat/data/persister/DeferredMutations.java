package dev.rowboat.data.persister;

import java.util.function.Supplier;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.values.GeneratedValues;
import org.hibernate.persister.entity.mutation.DeleteCoordinator;
import org.hibernate.persister.entity.mutation.InsertCoordinator;
import org.hibernate.persister.entity.mutation.UpdateCoordinator;
import org.hibernate.sql.model.MutationOperationGroup;

/** An entity's insert, update (or merge) and delete, each with its statements built on first use. */
final class DeferredMutations {
    private DeferredMutations() {
    }

    static final class Insert implements InsertCoordinator {
        private final Deferred<InsertCoordinator> coordinator;

        Insert(Supplier<InsertCoordinator> build) {
            this.coordinator = new Deferred<>(build);
        }

        @Override
        public MutationOperationGroup getStaticMutationOperationGroup() {
            return coordinator.get().getStaticMutationOperationGroup();
        }

        @Override
        public GeneratedValues insert(Object entity, Object[] values, SharedSessionContractImplementor session) {
            return coordinator.get().insert(entity, values, session);
        }

        @Override
        public GeneratedValues insert(Object entity, Object id, Object[] values, SharedSessionContractImplementor session) {
            return coordinator.get().insert(entity, id, values, session);
        }
    }

    static final class Update implements UpdateCoordinator {
        private final Deferred<UpdateCoordinator> coordinator;

        Update(Supplier<UpdateCoordinator> build) {
            this.coordinator = new Deferred<>(build);
        }

        @Override
        public MutationOperationGroup getStaticMutationOperationGroup() {
            return coordinator.get().getStaticMutationOperationGroup();
        }

        @Override
        public GeneratedValues update(Object entity, Object id, Object rowId, Object[] values, Object oldVersion,
                                      Object[] incomingOldValues, int[] dirtyAttributeIndexes, boolean hasDirtyCollection,
                                      SharedSessionContractImplementor session) {
            return coordinator.get().update(entity, id, rowId, values, oldVersion, incomingOldValues, dirtyAttributeIndexes,
                    hasDirtyCollection, session);
        }

        @Override
        public void forceVersionIncrement(Object id, Object currentVersion, Object nextVersion,
                                          SharedSessionContractImplementor session) {
            coordinator.get().forceVersionIncrement(id, currentVersion, nextVersion, session);
        }

        @Override
        public void forceVersionIncrement(Object id, Object currentVersion, Object nextVersion, boolean batching,
                                          SharedSessionContractImplementor session) {
            coordinator.get().forceVersionIncrement(id, currentVersion, nextVersion, batching, session);
        }
    }

    static final class Delete implements DeleteCoordinator {
        private final Deferred<DeleteCoordinator> coordinator;

        Delete(Supplier<DeleteCoordinator> build) {
            this.coordinator = new Deferred<>(build);
        }

        @Override
        public MutationOperationGroup getStaticMutationOperationGroup() {
            return coordinator.get().getStaticMutationOperationGroup();
        }

        @Override
        public void delete(Object entity, Object id, Object version, SharedSessionContractImplementor session) {
            coordinator.get().delete(entity, id, version, session);
        }
    }
}
