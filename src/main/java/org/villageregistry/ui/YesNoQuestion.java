package org.villageregistry.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** A question answered 是 or 否 in a window of its own, drawn in the Chinese font like every dialog; 否 by Enter. */
public final class YesNoQuestion {
    private YesNoQuestion() {
    }

    /** True if the user answers yes; {@code header} is the question's short title, {@code question} its text. */
    public static boolean ask(Node anyNodeOfTheWindow, String header, String question) {
        ButtonType yes = DialogButtons.yes();
        ButtonType no = DialogButtons.no();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setHeaderText(header);
        // every question here is about something hard to undo (作废, 通过 and its lock, 整户迁移): Enter answers 否
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        alert.getDialogPane().setId("yes-no-question");
        if (anyNodeOfTheWindow != null && anyNodeOfTheWindow.getScene() != null) {
            alert.initOwner(anyNodeOfTheWindow.getScene().getWindow());
        }
        DesktopTheme.dress(alert);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
