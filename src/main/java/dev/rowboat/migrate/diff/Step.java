package dev.rowboat.migrate.diff;

import dev.rowboat.migrate.ops.Operation;

/**
 * One change with its inverse, and the phase that orders it among the others: foreign keys and
 * indexes go before the tables and columns they stand on, and come back after them.
 */
record Step(Phase phase, Operation up, Operation down) {
    /** Upgrade order; the downgrade runs the inverses in exactly the reverse order. */
    enum Phase { DROP_FOREIGN_KEY, DROP_INDEX, DROP_TABLE, CREATE_TABLE, ADD_COLUMN, ALTER_COLUMN, DROP_COLUMN, ADD_INDEX, ADD_FOREIGN_KEY }
}
