package dev.rowboat.ui.common;

import dev.rowboat.data.paging.QueryCancel;

/** Work that talks to the database: runs off the FX thread and may be cancelled. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(QueryCancel cancel) throws Exception;
}
