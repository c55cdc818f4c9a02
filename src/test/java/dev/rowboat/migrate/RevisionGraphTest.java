package dev.rowboat.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * a1 <- b2 <- c3 (branch one) and b2 <- d4 (branch two), joined by merge e5:
 * <pre>a1 - b2 - c3 - e5
 *           \ d4 /</pre>
 */
class RevisionGraphTest {
    static final String A = "a1a1a1a1a1a1", B = "b2b2b2b2b2b2", C = "c3c3c3c3c3c3", D = "d4d4d4d4d4d4", E = "e5e5e5e5e5e5";

    static Revision rev(String id, int minute, String... down) {
        return new Revision(id, List.of(down), "r" + id.charAt(0), Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * minute),
                List.of(), List.of());
    }

    final RevisionGraph branched = RevisionGraph.of(List.of(rev(D, 4, B), rev(C, 3, B), rev(B, 2, A), rev(A, 1)));
    final RevisionGraph merged = RevisionGraph.of(List.of(rev(D, 4, B), rev(C, 3, B), rev(B, 2, A), rev(A, 1), rev(E, 5, C, D)));

    @Test
    void headsBasesAndBranchPoints() {
        assertThat(branched.heads()).containsExactly(C, D);
        assertThat(branched.bases()).containsExactly(A);
        assertThat(branched.branchPoints()).containsExactly(B);
        assertThat(merged.heads()).containsExactly(E);
        assertThat(merged.revisions()).extracting(Revision::id).containsExactly(A, B, C, D, E);
    }

    @Test
    void headIsAmbiguousWhileBranchesAreUnmerged() {
        assertThatThrownBy(() -> Targets.resolve(branched, "head", Set.of()))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AMBIGUOUS_TARGET))
                .hasMessageContaining("rowboat db merge");
        assertThat(Targets.resolve(branched, "heads", Set.of())).containsExactly(C, D);
        assertThat(Targets.resolve(merged, "head", Set.of())).containsExactly(E);
    }

    @Test
    void upgradingToHeadsAppliesBothBranchesAndTheMergeLast() {
        assertThat(merged.upgradePath(Set.of(), Set.of(E))).extracting(Revision::id).containsExactly(A, B, C, D, E);
        assertThat(merged.upgradePath(Set.of(C), Set.of(E))).extracting(Revision::id).containsExactly(D, E);
        assertThat(merged.headsWithin(merged.ancestors(Set.of(C, D)))).containsExactly(C, D);
    }

    @Test
    void prefixesMustBeUnique() {
        RevisionGraph g = RevisionGraph.of(List.of(rev("abc000000000", 1), rev("abd000000000", 2, "abc000000000")));
        assertThat(Targets.resolve(g, "abd", Set.of())).containsExactly("abd000000000");
        assertThatThrownBy(() -> Targets.resolve(g, "ab", Set.of()))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AMBIGUOUS_TARGET))
                .hasMessageContaining("abc000000000").hasMessageContaining("abd000000000");
        assertThatThrownBy(() -> Targets.resolve(g, "ff", Set.of()))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_TARGET));
    }

    @Test
    void relativeStepsAndBase() {
        assertThat(Targets.resolve(merged, "-1", Set.of(C))).containsExactly(B);
        assertThat(Targets.resolve(merged, "-2", Set.of(C))).containsExactly(A);
        assertThat(Targets.resolve(merged, "-3", Set.of(C))).isEmpty();
        assertThat(Targets.resolve(merged, "+1", Set.of())).containsExactly(A);
        assertThat(Targets.resolve(merged, "+2", Set.of())).containsExactly(B);
        assertThat(Targets.resolve(merged, "base", Set.of(E))).isEmpty();
        assertThatThrownBy(() -> Targets.resolve(merged, "-4", Set.of(C))).hasMessageContaining("below base");
        assertThatThrownBy(() -> Targets.resolve(merged, "+1", Set.of(B))).hasMessageContaining("branch");
        assertThat(Targets.resolve(merged, "-1", Set.of(E))).containsExactlyInAnyOrder(C, D);
    }

    @Test
    void downgradeUndoesNewestFirst() {
        assertThat(merged.downgradePath(Set.of(E), Set.of(B))).extracting(Revision::id).containsExactly(E, D, C);
        assertThat(merged.downgradePath(Set.of(E), Set.of())).extracting(Revision::id).containsExactly(E, D, C, B, A);
        assertThatThrownBy(() -> merged.downgradePath(Set.of(B), Set.of(C))).hasMessageContaining("not applied");
    }

    @Test
    void brokenGraphsAreRefused() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(rev(A, 1, B))))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REPOSITORY))
                .hasMessageContaining(B);
        assertThatThrownBy(() -> RevisionGraph.of(List.of(rev(A, 1), rev(A, 2)))).hasMessageContaining("Two revision files");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(rev(A, 1), rev(B, 2, A, C), rev(C, 3, B)))).hasMessageContaining("cycle");
    }
}
