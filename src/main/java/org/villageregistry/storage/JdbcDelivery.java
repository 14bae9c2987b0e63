package org.villageregistry.storage;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.sync.Delivery;
import org.villageregistry.domain.sync.SyncRecords.ImportedReceipt;
import org.villageregistry.domain.sync.SyncRecords.LastExport;
import org.villageregistry.domain.sync.SyncRecords.VillageProgress;

/**
 * The village side of the hand-off: bundle numbers, what the township acknowledged, receipts imported. Kept in the
 * sync tables (V2__sync.sql).
 */
final class JdbcDelivery implements Delivery {
    private final JdbcTransactions tx;

    JdbcDelivery(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public VillageProgress villageProgress() {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT last_acknowledged, next_sequence FROM sync_village"
                + " WHERE id = 1", rs -> new VillageProgress(rs.getLong(1), rs.getLong(2)))
                .stream().findFirst().orElse(new VillageProgress(0, 1)));
    }

    @Override
    public long takeSequence() {
        return tx.write(() -> {
            VillageProgress p = villageProgress();
            Sql.update(tx.connection(), "MERGE INTO sync_village (id, last_acknowledged, next_sequence) KEY (id)"
                    + " VALUES (1, ?, ?)", p.lastAcknowledged(), p.nextSequence() + 1);
            return p.nextSequence();
        });
    }

    @Override
    public Optional<LastExport> lastExport() {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT last_export_sequence, last_export_to, last_export_at,"
                + " last_export_snapshot FROM sync_village WHERE id = 1 AND last_export_sequence IS NOT NULL",
                rs -> new LastExport(rs.getLong(1), rs.getLong(2), Instant.parse(rs.getString(3)), rs.getBoolean(4)))
                .stream().findFirst());
    }

    @Override
    public void recordExport(LastExport export) {
        tx.write(() -> {
            VillageProgress p = villageProgress();
            Sql.update(tx.connection(), "MERGE INTO sync_village (id, last_acknowledged, next_sequence,"
                    + " last_export_sequence, last_export_to, last_export_at, last_export_snapshot) KEY (id)"
                    + " VALUES (1, ?, ?, ?, ?, ?, ?)", p.lastAcknowledged(), p.nextSequence(), export.sequence(),
                    export.toChange(), export.at().toString(), export.snapshot());
        });
    }

    @Override
    public void acknowledge(long changeId) {
        tx.write(() -> {
            VillageProgress p = villageProgress();
            Sql.update(tx.connection(), "MERGE INTO sync_village (id, last_acknowledged, next_sequence) KEY (id)"
                    + " VALUES (1, ?, ?)", Math.max(p.lastAcknowledged(), changeId), p.nextSequence());
        });
    }

    @Override
    public boolean receiptImported(UUID receiptId) {
        return tx.read(() -> Sql.count(tx.connection(), "SELECT COUNT(*) FROM sync_receipt WHERE receipt_id = ?",
                receiptId) > 0);
    }

    @Override
    public void recordReceipt(ImportedReceipt r) {
        tx.write(() -> Sql.update(tx.connection(), "INSERT INTO sync_receipt (receipt_id, township, acknowledged,"
                + " file_name, imported_at) VALUES (?, ?, ?, ?, ?)", r.receiptId(), r.township(), r.acknowledged(),
                r.fileName(), r.importedAt().toString()));
    }
}
