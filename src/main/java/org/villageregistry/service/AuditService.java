package org.villageregistry.service;

import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.repository.Register;

/** Checks that nobody altered the change log behind the program's back. */
public final class AuditService {
    private final Register register;

    public AuditService(Register register) {
        this.register = register;
    }

    /** Re-computes the hash chain of every change and reports the first broken link. */
    public ChainVerification verifyChain() {
        return register.transactions().read(() -> register.changes().verify());
    }
}
