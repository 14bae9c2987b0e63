package org.villageregistry.ui.events.form;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.villageregistry.domain.text.Messages;

/** Asks before typed input is thrown away; the safe answer (keep typing) is the default. */
public final class DiscardQuestion {
    private DiscardQuestion() {
    }

    public static boolean confirmed(Node owner) {
        ButtonType discard = new ButtonType(Messages.get("events.discard.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("events.discard.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("events.discard.question"), keep, discard);
        alert.setTitle(Messages.get("events.discard.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("discard-question");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
