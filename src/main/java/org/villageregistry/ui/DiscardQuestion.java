package org.villageregistry.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.villageregistry.domain.text.Messages;

/** Asks before typed input is thrown away; the safe answer (keep it) is the default. */
public final class DiscardQuestion {
    private DiscardQuestion() {
    }

    /** True if the user agrees to discard what was typed. */
    public static boolean confirm(Node anyNodeOfTheWindow) {
        ButtonType discard = new ButtonType(Messages.get("desktop.discard.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("desktop.discard.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("people.discard.question"), discard, keep);
        alert.setHeaderText(null);
        alert.setTitle(Messages.get("desktop.discard.title"));
        if (anyNodeOfTheWindow != null && anyNodeOfTheWindow.getScene() != null) {
            alert.initOwner(anyNodeOfTheWindow.getScene().getWindow());
        }
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        DesktopTheme.useChineseFont(alert.getDialogPane());
        return alert.showAndWait().filter(answer -> answer == discard).isPresent();
    }
}
