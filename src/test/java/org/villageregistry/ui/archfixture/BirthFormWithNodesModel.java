package org.villageregistry.ui.archfixture;

import javafx.scene.control.TextField;

/** Breaks "form models need no toolkit" on purpose: a *FormModel holding a text field. */
public class BirthFormWithNodesModel {
    public String typed(TextField field) {
        return field.getText();
    }
}
