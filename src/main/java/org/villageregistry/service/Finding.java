package org.villageregistry.service;

import java.util.UUID;
import org.villageregistry.domain.text.Messages;

/**
 * One data-quality finding: what kind, which record (null for the balance of a whole division), what to fix, and
 * at a township the village whose record it is (empty at a village workstation).
 */
public record Finding(Kind kind, UUID recordId, String record, String message, String village) {

    /** Kinds of findings, in the order the data-quality report lists them. */
    public enum Kind {
        INCOMPLETE, INVALID_ID, DUPLICATE_ID, DUPLICATE_NAME_BIRTH, MARITAL, BALANCE;

        public String label() {
            return Messages.get("service.quality.kind." + name());
        }
    }
}
