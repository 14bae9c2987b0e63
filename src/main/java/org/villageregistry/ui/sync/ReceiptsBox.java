package org.villageregistry.ui.sync;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.villageregistry.domain.text.Messages;

/**
 * The township's receipts: which villages get one (a checkable list, at first those with news, each saying what news) and, after
 * writing, one line per receipt in a list of its own height, so forty villages do not push the imported files
 * and the buttons off a 768-pixel window.
 */
final class ReceiptsBox {
    static final double LIST_HEIGHT = 130;

    private ReceiptsBox() {
    }

    static HBox of(TownshipSyncViewModel vm, Button write) {
        ListView<ReceiptChoice> choices = new ListView<>(vm.receiptChoices());
        choices.setId("sync-receipt-villages");
        choices.setCellFactory(CheckBoxListCell.forListView(ReceiptChoice::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(ReceiptChoice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public ReceiptChoice fromString(String text) {
                throw new UnsupportedOperationException("the list is not edited as text");
            }
        }));
        choices.setPlaceholder(new Label(Messages.get("syncui.enrolled.none")));
        choices.setPrefHeight(LIST_HEIGHT);
        choices.setMinHeight(LIST_HEIGHT);
        choices.setPrefWidth(300);
        Button all = new Button(Messages.get("syncui.receipts.all"));
        all.setId("sync-receipts-all");
        all.getStyleClass().add(Styles.SMALL);
        all.setOnAction(e -> vm.chooseAllReceipts(true));
        Button none = new Button(Messages.get("syncui.receipts.none"));
        none.setId("sync-receipts-none");
        none.getStyleClass().add(Styles.SMALL);
        none.setOnAction(e -> vm.chooseAllReceipts(false));
        Label heading = new Label(Messages.get("syncui.receipts.heading"));
        heading.setWrapText(true);
        VBox left = new VBox(6, heading, choices, new HBox(8, all, none, write));

        ListView<String> lines = new ListView<>(vm.receiptLines());
        lines.setId("sync-receipt-lines");
        lines.setPrefHeight(LIST_HEIGHT);
        lines.setMinHeight(LIST_HEIGHT);
        lines.setMaxHeight(LIST_HEIGHT);
        lines.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.receiptLines()));
        lines.managedProperty().bind(lines.visibleProperty());
        VBox right = new VBox(6, new Label(), lines);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(16, left, right);
        box.setId("sync-receipts");
        return box;
    }
}
