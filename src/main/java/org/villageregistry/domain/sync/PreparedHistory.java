package org.villageregistry.domain.sync;

/**
 * What {@link BundleIntake#saveReceivedChanges(java.util.List, PreparedHistory)} writes for a bundle's changes, made
 * before the bundle's write: a township's import makes it for the next bundle on a second thread while one is
 * applied. Opaque: only the store that made it reads it; a change it does not hold is written as without it.
 */
public interface PreparedHistory {
    /** Nothing made ahead: every change is written from itself. */
    PreparedHistory NONE = new PreparedHistory() {
    };
}
