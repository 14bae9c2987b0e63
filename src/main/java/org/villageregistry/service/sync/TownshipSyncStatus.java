package org.villageregistry.service.sync;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.sync.SyncRecords.Conflict;
import org.villageregistry.domain.sync.SyncRecords.ImportedBundle;

/**
 * What the township's Villages screen shows of sync per village: the last bundle taken in (number and when),
 * the changes applied but not yet acknowledged in a receipt, the changes held in quarantine and the
 * conflicts still waiting for a decision.
 */
public final class TownshipSyncStatus {
    private final SyncIdentity identity;

    public TownshipSyncStatus(SyncIdentity identity) {
        this.identity = identity;
    }

    /** The sync numbers of one village. */
    public record VillageSync(String village, Optional<Long> lastSequence, Optional<Instant> lastImportedAt,
                              int pendingReceipt, int quarantined, int openConflicts) {
    }

    public VillageSync of(String village) {
        var sync = identity.register().sync();
        return identity.register().transactions().read(() -> {
            List<ImportedBundle> bundles = sync.intake().importedBundles(village);
            Optional<ImportedBundle> last = bundles.stream().max(Comparator.comparingLong(ImportedBundle::sequence));
            int pending = sync.intake().unacknowledgedBundles(village).stream().mapToInt(ImportedBundle::applied).sum();
            int quarantined = (int) sync.quarantine().quarantined(village).stream().filter(q -> !q.released()).count();
            int conflicts = (int) sync.conflicts().conflicts(true).stream().map(Conflict::origin).filter(village::equals).count();
            return new VillageSync(village, last.map(ImportedBundle::sequence), last.map(ImportedBundle::importedAt),
                    pending, quarantined, conflicts);
        });
    }
}
