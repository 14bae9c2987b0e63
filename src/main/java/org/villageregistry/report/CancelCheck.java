package org.villageregistry.report;

import org.villageregistry.domain.text.RegistryException;

/** Asked between steps whether the user cancelled a long report; a cancelled report writes nothing. */
@FunctionalInterface
public interface CancelCheck {
    CancelCheck NEVER = () -> false;

    boolean cancelled();

    default void throwIfCancelled() {
        if (cancelled()) {
            throw new RegistryException("report.cancelled");
        }
    }
}
