package dev.rowboat.data.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A jump's key from a scroll position, and back: where a row lies from its key. */
class KeyInterpolatorTest {

    @Test
    void aKeyAndItsFractionAreEachOthersInverse() {
        assertThat(KeyInterpolator.between(1, 2_500, 0.5)).contains(1_251);
        assertThat(KeyInterpolator.fractionOf(1, 2_500, 1_251).getAsDouble()).isCloseTo(0.5, within(0.001));
        LocalDateTime from = LocalDateTime.of(2024, 1, 1, 0, 0);
        LocalDateTime to = LocalDateTime.of(2024, 1, 11, 0, 0);
        assertThat(KeyInterpolator.fractionOf(from, to, LocalDateTime.of(2024, 1, 3, 12, 0)).getAsDouble()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void outsideTheBoundsIsClampedAndOneValueIsTheStart() {
        assertThat(KeyInterpolator.fractionOf(10L, 20L, 30L).getAsDouble()).isEqualTo(1);
        assertThat(KeyInterpolator.fractionOf(10L, 20L, 5L).getAsDouble()).isZero();
        assertThat(KeyInterpolator.fractionOf(7, 7, 7).getAsDouble()).isZero();
    }

    @Test
    void textAndMissingBoundsGiveNoEstimate() {
        assertThat(KeyInterpolator.fractionOf("anna", "zoe", "mary")).isEmpty();
        assertThat(KeyInterpolator.fractionOf(null, 20, 10)).isEmpty();
    }
}
