package org.villageregistry.service;

import java.util.UUID;
import org.villageregistry.domain.text.Messages;

/**
 * One data-quality finding: what kind, which record (null for the balance of a whole division), what to fix, at a
 * township the village whose record it is (empty at a village workstation), and the field of the person form where
 * it is fixed (name, idNumber, maritalStatus, firstMarriageDate…; null when no one field fixes it).
 */
public record Finding(Kind kind, UUID recordId, String record, String message, String village, String field) {

    /** A finding fixed at the field its kind points to ({@link Kind#field()}). */
    public Finding(Kind kind, UUID recordId, String record, String message, String village) {
        this(kind, recordId, record, message, village, kind.field());
    }

    /** Kinds of findings, in the order the data-quality report lists them. */
    public enum Kind {
        INCOMPLETE("relation"), INVALID_ID("idNumber"), DUPLICATE_ID("idNumber"), DUPLICATE_NAME_BIRTH("name"),
        MARITAL("maritalStatus"), GENERATION_GAP("birthDate"), NO_HEAD("relation"), BALANCE(null);

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        public String label() {
            return Messages.get("service.quality.kind." + name());
        }

        /** The person-form field a finding of this kind is usually fixed at; null for a division's balance. */
        public String field() {
            return field;
        }
    }
}
