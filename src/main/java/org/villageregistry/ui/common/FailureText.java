package org.villageregistry.ui.common;

import org.slf4j.Logger;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;

/** Turns a failed background task into the sentence a screen shows: the rule's message, or a logged surprise. */
public final class FailureText {
    private FailureText() {
    }

    public static String of(Exception failure, Logger log, String what) {
        if (failure instanceof RegistryException known) {
            return known.getMessage();
        }
        log.error("{} failed", what, failure);
        return Messages.get("lists.error.unexpected", failure.getClass().getSimpleName());
    }
}
