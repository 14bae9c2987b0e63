package org.villageregistry.ui.events.form;

import javafx.scene.Node;

/** One form of the Events screen: its view, its model, and where the cursor starts. */
public interface EventForm {
    Node view();

    EventFormModel model();

    FormFrame frame();

    /** Puts the cursor in the form's first field (Ctrl+N, or when the form is chosen). */
    void focusFirst();
}
