package dev.rowboat.ui.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.api.Revision;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The graph column: a straight history is one lane; a branch opens a second lane until its merge. */
class RevisionLanesTest {
    private static Revision rev(String id, String... parents) {
        return new Revision(id, List.of(parents), id, Instant.EPOCH, List.of(), List.of());
    }

    @Test
    void aStraightHistoryIsOneLane() {
        Map<String, String> lanes = RevisionLanes.of(List.of(rev("c", "b"), rev("b", "a"), rev("a")));
        assertThat(lanes).containsEntry("c", "●").containsEntry("b", "●").containsEntry("a", "●");
    }

    @Test
    void twoBranchesShowSideBySideUntilTheyMeetAtTheirCommonParent() {
        // a <- b1, a <- b2 (two heads, newest first: b2, b1, a)
        Map<String, String> lanes = RevisionLanes.of(List.of(rev("b2", "a"), rev("b1", "a"), rev("a")));
        assertThat(lanes.get("b2")).isEqualTo("●");
        assertThat(lanes.get("b1")).isEqualTo("│ ●");
        assertThat(lanes.get("a")).isEqualTo("● ┘");
    }

    @Test
    void aMergeOpensALaneForItsSecondParent() {
        Map<String, String> lanes = RevisionLanes.of(List.of(rev("m", "b1", "b2"), rev("b2", "a"), rev("b1", "a"), rev("a")));
        assertThat(lanes.get("m")).isEqualTo("●");
        assertThat(lanes.get("b2")).isEqualTo("│ ●");
        assertThat(lanes.get("b1")).isEqualTo("● │");
        assertThat(lanes.get("a")).isEqualTo("● ┘");
    }
}
