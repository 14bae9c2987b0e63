package org.villageregistry.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.sync.Keyring;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;

/**
 * This workstation's own keys and the enrolments of the workstations it exchanges bundles with. Kept in the sync
 * tables (V2__sync.sql).
 */
final class JdbcKeyring implements Keyring {
    private final JdbcTransactions tx;
    private final SealedSecret keySeal;
    private final java.time.Clock clock;

    JdbcKeyring(JdbcTransactions tx, DatabaseKey key, java.time.Clock clock) {
        this.tx = tx;
        this.keySeal = new SealedSecret(key, "sync-keys");
        this.clock = clock;
    }

    @Override
    public Optional<byte[]> workstationKeys() {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT iv, sealed FROM sync_keys WHERE id = 1",
                rs -> new SealedSecret.Sealed(rs.getBytes(1), rs.getBytes(2))).stream().findFirst()
                .map(keySeal::open));
    }

    @Override
    public void saveWorkstationKeys(byte[] secret) {
        tx.write(() -> {
            if (Sql.count(tx.connection(), "SELECT COUNT(*) FROM sync_keys") > 0) {
                throw new IllegalStateException("this workstation already has keys");
            }
            SealedSecret.Sealed sealed = keySeal.seal(secret);
            Sql.update(tx.connection(), "INSERT INTO sync_keys (id, iv, sealed, created_at) VALUES (1, ?, ?, ?)",
                    sealed.iv(), sealed.ciphertext(), clock.instant().toString());
        });
    }

    @Override
    public List<Enrolment> enrolments() {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT division, division_name, workstation_id,"
                + " signing_kid, encryption_kid, enrolment_file, enrolled_at FROM sync_enrolment ORDER BY division",
                rs -> new Enrolment(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5), rs.getBytes(6), Instant.parse(rs.getString(7)))));
    }

    @Override
    public void saveEnrolment(Enrolment e) {
        tx.write(() -> Sql.update(tx.connection(), "MERGE INTO sync_enrolment (division, division_name,"
                + " workstation_id, signing_kid, encryption_kid, enrolment_file, enrolled_at) KEY (division)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", e.division(), e.divisionName(), e.workstationId(),
                e.signingKid(), e.encryptionKid(), e.file(), e.enrolledAt().toString()));
    }
}
