package dev.rowboat.data.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Cancel may come before, during or after the query, and never throws at the person's click. */
class QueryCancelUnitTest {
    @Test
    void cancellingAStatementThatAlreadyClosedIsNotAnError() {
        QueryCancel cancel = new QueryCancel();
        cancel.bind(() -> {
            throw new IllegalStateException("The object is already closed");
        });
        cancel.cancel();
        assertThat(cancel.isCancelled()).isTrue();
    }

    @Test
    void aCancelThatCameFirstStopsTheStatementAsSoonAsItIsBound() {
        QueryCancel cancel = new QueryCancel();
        cancel.cancel();
        AtomicInteger stopped = new AtomicInteger();
        cancel.bind(stopped::incrementAndGet);
        assertThat(stopped).hasValue(1);
    }
}
