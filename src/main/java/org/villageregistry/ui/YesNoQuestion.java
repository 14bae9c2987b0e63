package org.villageregistry.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** A question answered 是 or 否 in a window of its own, drawn in the Chinese font like every dialog. */
public final class YesNoQuestion {
    private YesNoQuestion() {
    }

    /** True if the user answers yes; {@code header} is the question's short title, {@code question} its text. */
    public static boolean ask(Node anyNodeOfTheWindow, String header, String question) {
        ButtonType yes = DialogButtons.yes();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, DialogButtons.no());
        alert.setHeaderText(header);
        alert.getDialogPane().setId("yes-no-question");
        if (anyNodeOfTheWindow != null && anyNodeOfTheWindow.getScene() != null) {
            alert.initOwner(anyNodeOfTheWindow.getScene().getWindow());
        }
        DesktopTheme.dress(alert);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
