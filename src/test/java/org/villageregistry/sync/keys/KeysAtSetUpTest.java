package org.villageregistry.sync.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.sync.SyncCrypto;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.sync.SyncModule;
import org.villageregistry.sync.SyncWorld;

/**
 * A register made before sync existed has no keys; the first sync use makes them once, stores them encrypted,
 * and the same keys come back after the register is opened again.
 */
class KeysAtSetUpTest {
    @TempDir
    Path home;

    @Test
    void anOldRegisterGetsItsKeysOnFirstUseAndKeepsThemAcrossARestart() {
        H2RegisterStore store = new H2RegisterStore(SyncWorld.CLOCK);
        SyncCrypto.KeyFingerprints first;
        try (Register old = store.create(home, new WorkstationSetup(WorkstationRole.VILLAGE,
                DivisionCode.of("410103100001"), "柳树村"), "admin", "pw-2026".toCharArray())) {
            assertThat(old.sync().keys().workstationKeys()).as("made without set-up's key step").isEmpty();

            first = SyncModule.services(old, SyncWorld.CLOCK).identity().ensureKeys();

            assertThat(old.sync().keys().workstationKeys()).isPresent();
            assertThat(SyncModule.services(old, SyncWorld.CLOCK).identity().ensureKeys()).isEqualTo(first);
        }
        try (Register reopened = store.open(home, "admin", "pw-2026".toCharArray())) {
            assertThat(SyncModule.services(reopened, SyncWorld.CLOCK).identity().fingerprints()).isEqualTo(first);
        }
    }
}
