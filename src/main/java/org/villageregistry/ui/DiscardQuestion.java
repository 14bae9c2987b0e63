package org.villageregistry.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.villageregistry.domain.text.Messages;

/** The one question asked before typed input is thrown away (every form); the safe answer, keep it, is the default. */
public final class DiscardQuestion {
    private DiscardQuestion() {
    }

    /** True if the user agrees to discard what was typed. */
    public static boolean confirm(Node anyNodeOfTheWindow) {
        ButtonType discard = new ButtonType(Messages.get("desktop.discard.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("desktop.discard.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("desktop.discard.question"), keep,
                discard);
        alert.setHeaderText(null);
        alert.setTitle(Messages.get("desktop.discard.title"));
        alert.getDialogPane().setId("discard-question");
        if (anyNodeOfTheWindow != null && anyNodeOfTheWindow.getScene() != null) {
            alert.initOwner(anyNodeOfTheWindow.getScene().getWindow());
        }
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        DesktopTheme.dress(alert);
        return alert.showAndWait().filter(answer -> answer == discard).isPresent();
    }
}
