package org.villageregistry.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.sync.bundle.SequenceCheck.Outcome;

class SequenceCheckTest {
    private static BundleMetadata bundle(UUID id, long from, long to, BundleKind kind) {
        return new BundleMetadata(BundleMetadata.FORMAT, id, DivisionCode.of("410103100001"), UUID.randomUUID(),
                DivisionCode.of("410103100"), 7, new ChangeRange(from, to, Map.of("person", (int) (to - from + 1))),
                "h", Instant.parse("2026-11-30T08:15:00Z"), 1, kind);
    }

    @Test
    void theNextBundleIsApplied() {
        SequenceCheck.Verdict v = SequenceCheck.check(bundle(UUID.randomUUID(), 101, 140, BundleKind.CHANGES), "柳树村",
                "a.vrb.json", new OriginProgress(100, Set.of()));
        assertThat(v.outcome()).isEqualTo(Outcome.APPLY);
        assertThat(v.firstNewChangeId()).isEqualTo(101);
    }

    @Test
    void aBundleThatRepeatsAcknowledgedChangesAppliesOnlyTheNewOnes() {
        SequenceCheck.Verdict v = SequenceCheck.check(bundle(UUID.randomUUID(), 90, 140, BundleKind.CHANGES), "柳树村",
                "a.vrb.json", new OriginProgress(100, Set.of()));
        assertThat(v.outcome()).isEqualTo(Outcome.APPLY);
        assertThat(v.firstNewChangeId()).isEqualTo(101);
    }

    @Test
    void replayingTheSameBundleOrOldChangesIsAlreadyImported() {
        UUID id = UUID.randomUUID();
        SequenceCheck.Verdict sameId = SequenceCheck.check(bundle(id, 101, 140, BundleKind.CHANGES), "柳树村",
                "410103100001_000007_20261130-1615.vrb.json", new OriginProgress(100, Set.of(id)));
        assertThat(sameId.outcome()).isEqualTo(Outcome.ALREADY_IMPORTED);
        assertThat(sameId.message()).contains("410103100001_000007_20261130-1615.vrb.json").contains("已经导入过");
        SequenceCheck.Verdict old = SequenceCheck.check(bundle(UUID.randomUUID(), 1, 140, BundleKind.CHANGES), "柳树村",
                "b.vrb.json", new OriginProgress(140, Set.of()));
        assertThat(old.outcome()).isEqualTo(Outcome.ALREADY_IMPORTED);
    }

    @Test
    void aGapNamesTheMissingChangesAndTheVillage() {
        SequenceCheck.Verdict v = SequenceCheck.check(bundle(UUID.randomUUID(), 141, 180, BundleKind.CHANGES), "柳树村",
                "c.vrb.json", new OriginProgress(100, Set.of()));
        assertThat(v.outcome()).isEqualTo(Outcome.GAP);
        assertThat(v.message()).startsWith("柳树村 的第 101–140 号变更缺失，请让村里重新导出");
    }

    @Test
    void aSnapshotFillsAnyGap() {
        SequenceCheck.Verdict v = SequenceCheck.check(bundle(UUID.randomUUID(), 141, 1180, BundleKind.SNAPSHOT), "柳树村",
                "d.vrb.json", new OriginProgress(100, Set.of()));
        assertThat(v.outcome()).isEqualTo(Outcome.APPLY);
        assertThat(v.message()).contains("1180").doesNotContain("1,180");
    }
}
