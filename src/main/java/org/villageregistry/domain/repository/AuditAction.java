package org.villageregistry.domain.repository;

/** What a user did that the audit log keeps: looking at protected data, signing in, correcting who a person is. */
public enum AuditAction {
    /** A full ID number was shown on screen. */
    ID_REVEAL,
    /** A full phone number was shown on screen. */
    PHONE_REVEAL,
    /** A pregnancy or service visit (health data) was opened. */
    HEALTH_RECORD_VIEW,
    LOGIN,
    LOGIN_FAILED,
    /** An administrator added a user. */
    USER_ADDED,
    /** A user's display name (printed on documents) was set; detail: whose. */
    DISPLAY_NAME_SET,
    /** A user changed their password, or got a new one with the recovery key. */
    PASSWORD_CHANGED,
    /** An administrator made a new recovery key (the old one stopped working). */
    RECOVERY_KEY_MADE,
    /** A backup of the register was written. */
    BACKUP_MADE,
    /** The audit log (filtered) was exported to a file. */
    AUDIT_EXPORTED,
    /** An identity field of a person (ID number, name, sex, birth date) was corrected; detail: fields and reason. */
    IDENTITY_CORRECTED,
    /** A recorded birth, death, marriage or move was corrected; detail: fields and reason. */
    EVENT_CORRECTED,
    /**
     * Village: a bundle of the register's changes was written (encrypted for the township); detail: its number,
     * the changes it carries, whether a snapshot, the months submitted with it.
     */
    BUNDLE_EXPORTED,
    /** The register's persons were written to an Excel ledger (not encrypted); detail: how many persons. */
    LEDGER_EXPORTED,
    /**
     * A document naming persons (payment roll, birth registration receipt, data-quality list) was saved to a file
     * or printed; detail: which document, period, programme, file type or "print".
     */
    DOCUMENT_HANDED_OUT,
    /** Township: a village's bundle was imported; detail: village, bundle number, changes merged and held back. */
    BUNDLE_IMPORTED,
    /** Township: a receipt was written for a village; detail: village, bundles acknowledged, held back, feedback. */
    RECEIPT_WRITTEN,
    /** A recorded death or marriage was voided and its persons put back; no detail (the reason stays on the record). */
    EVENT_VOIDED,
    /** A village submitted its month's figures for sign-off (审核); detail: the month. */
    SIGNOFF_SUBMITTED,
    /** The township approved a village's month; detail: village and month. */
    SIGNOFF_APPROVED,
    /** The township returned a village's month; detail: village and month (the reason stays with the month). */
    SIGNOFF_RETURNED,
    /** The township drew a verification sample (抽样核查); detail: which sample, seed, villages, households. */
    VERIFICATION_DRAWN,
    /** A verification sample was drawn again with another seed; detail: which sample, new and old seed. */
    VERIFICATION_REDRAWN,
    /** Results of a verification were entered; detail: which sample and sheet numbers, never names or values. */
    VERIFICATION_RECORDED,
    /** A verification sheet (入户核查表) or report was made to print; detail: which sample and village. */
    VERIFICATION_PRINTED
}
