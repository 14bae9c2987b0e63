package org.villageregistry.ui.shell;

import java.util.UUID;

/** Lets one screen open another at a record, e.g. a data-quality finding opens the person to fix. */
public interface Navigator {
    void showPerson(UUID personId);

    /** Shows a person with the form open at one field to fix (e.g. firstMarriageDate); by default just the person. */
    default void correctPerson(UUID personId, String field) {
        showPerson(personId);
    }

    /**
     * Done with a person opened by {@link #correctPerson} (Esc, 返回): back to the screen that asked for the fix (the
     * data-quality list, the home screen's to-do), as it was. False when there is none to go back to.
     */
    default boolean returnFromFix() {
        return false;
    }

    void showHousehold(UUID householdId);

    /** Shows the screen of the given class (the first registered screen that is an instance of it). */
    void show(Class<? extends Screen> screen);
}
