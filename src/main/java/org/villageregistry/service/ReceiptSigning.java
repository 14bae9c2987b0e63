package org.villageregistry.service;

import java.util.Optional;
import org.villageregistry.domain.repository.Register;

/**
 * Where signers and verifiers of receipts come from: the workstation's keys live with its register, so both are
 * asked for with the opened register. {@link #UNAVAILABLE} is the answer until the sync module supplies keys.
 */
public interface ReceiptSigning {
    ReceiptSigning UNAVAILABLE = new ReceiptSigning() {
        @Override
        public Optional<ReceiptSigner> signer(Register register) {
            return Optional.empty();
        }

        @Override
        public Optional<ReceiptVerifier> verifier(Register register) {
            return Optional.empty();
        }
    };

    Optional<ReceiptSigner> signer(Register register);

    Optional<ReceiptVerifier> verifier(Register register);
}
