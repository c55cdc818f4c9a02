package dev.rowboat.ui.common;

import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.schema.Progress;

/** Background work that reports its steps as it goes (opening a database reflects its schema). */
@FunctionalInterface
public interface ReportingWork<T> {
    T run(QueryCancel cancel, Progress progress) throws Exception;
}
