package org.villageregistry.ui.shell;

import java.util.UUID;

/** Lets one screen open another at a record, e.g. a data-quality finding opens the person to fix. */
public interface Navigator {
    void showPerson(UUID personId);

    void showHousehold(UUID householdId);

    /** Shows the screen of the given class (the first registered screen that is an instance of it). */
    void show(Class<? extends Screen> screen);
}
