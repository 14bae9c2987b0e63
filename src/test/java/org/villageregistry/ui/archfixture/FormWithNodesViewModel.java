package org.villageregistry.ui.archfixture;

import javafx.scene.control.Label;

/** Breaks "ViewModels need no toolkit" on purpose. */
public class FormWithNodesViewModel {
    public String text(Label label) {
        return label.getText();
    }
}
