package org.villageregistry.domain.sync;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.sync.SyncRecords.ImportedBundle;
import org.villageregistry.domain.sync.SyncRecords.OriginProgress;

/**
 * The township's intake of village bundles: each origin's progress, the bundles imported, and every change received.
 * Writes run inside {@code Transactions.write} of the register.
 */
public interface BundleIntake {
    OriginProgress progress(String origin);

    /** Records an imported bundle and moves the origin's progress to its last change. */
    void recordImport(ImportedBundle bundle, long lastChangeId, String lastHash);

    List<ImportedBundle> importedBundles(String origin);

    /** Imported bundles not yet acknowledged in a receipt. */
    List<ImportedBundle> unacknowledgedBundles(String origin);

    void markAcknowledged(List<UUID> bundleIds, UUID receiptId);

    void saveReceivedChange(Change change);

    /** Every change of one record received from one village ({@code origin}), in order. */
    List<Change> receivedHistory(UUID entityId, String origin);

    /** {@link #saveReceivedChange} for many changes at once. */
    default void saveReceivedChanges(List<Change> changes) {
        changes.forEach(this::saveReceivedChange);
    }

    /**
     * As {@link #saveReceivedChanges(List)}; {@code asReceived} gives a change's own bytes as its bundle carried
     * them (one JSON line, UTF-8), which may be kept instead of writing the change again, or null.
     */
    default void saveReceivedChanges(List<Change> changes, Function<Change, byte[]> asReceived) {
        saveReceivedChanges(changes);
    }
}
