package org.villageregistry.ui.shell;

import javafx.scene.Node;

/**
 * One entry of the main window's navigation (Home, Households, People, Events…). The shell builds each screen
 * once per sign-in from a {@link ScreenContext}, shows its view, and routes the global shortcuts to it.
 */
public interface Screen {
    /** Message key of the navigation entry, e.g. "screen.people". */
    String titleKey();

    /** Ikonli Material Design 2 icon literal for the navigation entry, e.g. "mdi2a-account-group". */
    String iconLiteral();

    /** The screen's view; built once, shown each time the entry is chosen. */
    Node view();

    /** Called each time the screen is shown: reload what may have changed, off the FX thread. */
    default void onShow() {
    }

    /** Ctrl+N: start a new record on this screen. Returns false when the screen has nothing to add. */
    default boolean startNew() {
        return false;
    }

    /** Ctrl+F: focus this screen's search box. Returns false when it has none. */
    default boolean focusSearch() {
        return false;
    }

    /**
     * Whether the screen holds something that closing the register would lose or break (typed input not saved, an
     * import running), told without asking anything: the idle lock then covers the window instead of closing it.
     */
    default boolean hasUnsavedInput() {
        return false;
    }

    /** Asked before the user leaves the screen or locks; false keeps them here (e.g. a form with unsaved input). */
    default boolean canLeave() {
        return true;
    }
}
