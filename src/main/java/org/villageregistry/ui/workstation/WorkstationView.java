package org.villageregistry.ui.workstation;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.DesktopTheme;

/** States the open workstation and the signed-in user, and offers to lock the register. */
public final class WorkstationView extends StackPane {
    public static final KeyCombination LOCK_SHORTCUT =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    public WorkstationView(WorkstationViewModel viewModel) {
        Label heading = new Label(Messages.get("desktop.workstation.heading"), new FontIcon("mdi2l-lock-open-variant-outline"));
        heading.getStyleClass().add(Styles.TITLE_2);

        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(10);
        facts.addRow(0, caption("desktop.workstation.division"), value("workstation-division", viewModel.division()));
        facts.addRow(1, caption("desktop.workstation.role"), value("workstation-role", viewModel.workstationRole()));
        facts.addRow(2, caption("desktop.workstation.user"), value("signed-in-user", viewModel.user()));

        Button lock = new Button(Messages.get("desktop.workstation.lock"), new FontIcon("mdi2l-lock-outline"));
        lock.setId("lock");
        lock.disableProperty().bind(viewModel.lockingProperty());
        lock.setOnAction(event -> viewModel.lock());
        Label lockHint = new Label(Messages.get("desktop.workstation.lockHint"));
        lockHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        lockHint.setWrapText(true);
        HBox actions = new HBox(12, lock);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(18, heading, facts, actions, lockHint);
        card.setMaxWidth(520);
        card.setPadding(new Insets(28));
        card.getStyleClass().add("panel-card");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        DesktopTheme.style(this);
        setPadding(new Insets(24));
        setAlignment(Pos.CENTER);
        getChildren().add(card);
        sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(LOCK_SHORTCUT, viewModel::lock);
            }
            if (before != null) {
                before.getAccelerators().remove(LOCK_SHORTCUT);
            }
        });
    }

    private static Label caption(String key) {
        Label caption = new Label(Messages.get(key));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        return caption;
    }

    private static Label value(String id, String text) {
        Label value = new Label(text);
        value.setId(id);
        value.getStyleClass().add(Styles.TEXT_BOLDER);
        return value;
    }
}
