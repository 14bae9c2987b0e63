package org.villageregistry.domain.repository;

/** What a user did that the audit log keeps: looking at protected data and signing in. */
public enum AuditAction {
    /** A full ID number was shown on screen. */
    ID_REVEAL,
    /** A full phone number was shown on screen. */
    PHONE_REVEAL,
    /** A pregnancy or service visit (health data) was opened. */
    HEALTH_RECORD_VIEW,
    LOGIN,
    LOGIN_FAILED
}
