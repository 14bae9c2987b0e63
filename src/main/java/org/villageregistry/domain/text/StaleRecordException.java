package org.villageregistry.domain.text;

/** Someone saved the record since it was read; the user must reload and redo the change. */
public class StaleRecordException extends RegistryException {
    public StaleRecordException(String entityLabel, long expected, long actual) {
        super("error.stale", entityLabel, expected, actual);
    }
}
