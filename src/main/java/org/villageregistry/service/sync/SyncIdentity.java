package org.villageregistry.service.sync;

import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.WorkstationRole;

/**
 * This workstation's keys (made at set-up, or on first use for a register made before sync existed) and the
 * workstations it has enrolled, sorted by what they are to it: its villages, its township, the county.
 */
public final class SyncIdentity {
    private final Register register;
    private final SyncCrypto crypto;

    public SyncIdentity(Register register, SyncCrypto crypto) {
        this.register = register;
        this.crypto = crypto;
    }

    public Register register() {
        return register;
    }

    public SyncCrypto crypto() {
        return crypto;
    }

    /** The private keys; made and stored (encrypted) the first time they are needed. */
    public byte[] keys() {
        return register.transactions().write(() -> register.sync().keys().workstationKeys().orElseGet(() -> {
            byte[] fresh = crypto.newKeys();
            register.sync().keys().saveWorkstationKeys(fresh);
            return fresh;
        }));
    }

    /**
     * Makes this workstation's Ed25519 and X25519 key pairs if it has none yet, and gives their fingerprints:
     * called at set-up ({@code vreg init}, the first-run wizard); an older register gets them on first use.
     */
    public SyncCrypto.KeyFingerprints ensureKeys() {
        return fingerprints();
    }

    public SyncCrypto.KeyFingerprints fingerprints() {
        return crypto.fingerprints(keys());
    }

    public String division() {
        return register.workstation().division().value();
    }

    public boolean isTownship() {
        return register.workstation().role() == WorkstationRole.TOWNSHIP;
    }

    public List<Enrolment> enrolments() {
        return register.sync().keys().enrolments();
    }

    /** At a village: its township's enrolment, without which nothing can be exported. */
    public Enrolment township() {
        String township = register.workstation().division().parent()
                .filter(p -> p.level() == DivisionLevel.TOWNSHIP).map(DivisionCode::value).orElse("");
        return enrolments().stream().filter(e -> e.division().equals(township)).findFirst()
                .orElseThrow(() -> new RegistryException("sync.service.noTownship", township));
    }

    /** The county's enrolment, when the county gave one. */
    public Optional<Enrolment> county() {
        return enrolments().stream().filter(e -> DivisionCode.of(e.division()).level() == DivisionLevel.COUNTY)
                .filter(e -> DivisionCode.of(e.division()).contains(register.workstation().division()))
                .findFirst();
    }

    /** At a township: the enrolment of one of its villages. */
    public Optional<Enrolment> village(String code) {
        return enrolments().stream().filter(e -> e.division().equals(code)).findFirst();
    }

    public String nameOf(String division) {
        return enrolments().stream().filter(e -> e.division().equals(division)).map(Enrolment::divisionName)
                .findFirst().orElse(division);
    }
}
