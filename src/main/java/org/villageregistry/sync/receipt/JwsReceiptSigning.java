package org.villageregistry.sync.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.ReceiptSigner;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.ReceiptVerifier;
import org.villageregistry.service.sync.SyncIdentity;
import org.villageregistry.sync.JoseSyncCrypto;
import org.villageregistry.sync.enrol.EnrolmentFile;
import org.villageregistry.sync.enrol.EnrolmentReader;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.sync.keys.WorkstationKeys;

/**
 * Receipts signed with the workstation's own Ed25519 key (the one its bundles are signed with) and checked
 * against the keys this workstation trusts: its own and those of every workstation it enrolled.
 */
public final class JwsReceiptSigning implements ReceiptSigning {
    @Override
    public Optional<ReceiptSigner> signer(Register register) {
        WorkstationKeys keys = WorkstationKeys.fromBytes(new SyncIdentity(register, new JoseSyncCrypto()).keys());
        return Optional.of(new JwsReceiptSigner(keys.signingKey()));
    }

    @Override
    public Optional<ReceiptVerifier> verifier(Register register) {
        WorkstationKeys keys = WorkstationKeys.fromBytes(new SyncIdentity(register, new JoseSyncCrypto()).keys());
        var ws = register.workstation();
        List<ReceiptIssuer> trusted = new ArrayList<>();
        trusted.add(new ReceiptIssuer(ws.division().value(), ws.divisionName(), keys.publicSigningKey()));
        register.transactions().read(() -> register.sync().keys().enrolments()).forEach(e -> {
            var origin = EnrolmentReader.readAccepted(e.file(), EnrolmentFile.fileName(DivisionCode.of(e.division())));
            trusted.add(new ReceiptIssuer(origin.division().value(), origin.divisionName(), origin.signingKey()));
        });
        return Optional.of(new JwsReceiptVerifier(trusted));
    }
}
