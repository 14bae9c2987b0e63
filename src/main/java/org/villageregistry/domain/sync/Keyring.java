package org.villageregistry.domain.sync;

import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;

/**
 * This workstation's own keys and the enrolments of the workstations it exchanges bundles with. Writes run inside
 * {@code Transactions.write} of the register.
 */
public interface Keyring {
    /** This workstation's private keys (opaque bytes), decrypted; empty until they were made. */
    Optional<byte[]> workstationKeys();

    /** Stores the private keys encrypted under the database key; refuses to replace existing keys. */
    void saveWorkstationKeys(byte[] secret);

    List<Enrolment> enrolments();

    /** Adds an enrolment, or replaces the one of the same division. */
    void saveEnrolment(Enrolment enrolment);
}
