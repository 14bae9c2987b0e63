package org.villageregistry.ui.sync;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.text.Messages;

/**
 * The bundle chosen for import at the township (double-clicked or picked): file, village, numbers, date and the
 * signature check, with 导入 and 放弃. Hidden while nothing is chosen.
 */
final class ChosenBundleBox {
    private ChosenBundleBox() {
    }

    static VBox of(TownshipSyncViewModel vm, Button importIt) {
        Label heading = SyncParts.heading("syncui.chosen.heading");
        Label file = SyncParts.mono("sync-chosen-file");
        Label village = new Label();
        village.setId("sync-chosen-village");
        Label content = new Label();
        content.setId("sync-chosen-content");
        Label made = new Label();
        made.setId("sync-chosen-made");
        Label verdict = new Label();
        verdict.setId("sync-chosen-verdict");
        verdict.setWrapText(true);
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        facts.addRow(0, key("syncui.export.file"), file);
        facts.addRow(1, key("syncui.col.village"), village);
        facts.addRow(2, key("syncui.export.range"), content);
        facts.addRow(3, key("syncui.chosen.made"), made);
        facts.addRow(4, key("syncui.export.verification"), verdict);
        importIt.getStyleClass().add(Styles.SUCCESS);
        importIt.disableProperty().bind(vm.work().busyProperty().or(vm.chosenProperty().isNull()));
        Button drop = SyncParts.button("sync-drop-chosen", "syncui.chosen.drop", "mdi2c-close", vm::dropChosen);
        VBox box = new VBox(8, heading, facts, new HBox(10, importIt, drop));
        box.setId("sync-chosen");
        box.setPadding(new Insets(10));
        box.setStyle("-fx-border-color: -color-accent-emphasis; -fx-border-radius: 6; -fx-background-radius: 6;");
        box.managedProperty().bind(box.visibleProperty());
        box.setVisible(false);
        java.util.function.Consumer<TownshipSyncViewModel.ChosenBundle> show = c -> {
            box.setVisible(c != null);
            if (c == null) {
                return;
            }
            file.setText(c.fileName());
            village.setText(c.division().isEmpty() ? "" : Messages.get("syncui.chosen.village", c.village(),
                    c.division()));
            content.setText(c.division().isEmpty() ? "" : Messages.get(c.snapshot()
                    ? "syncui.export.rangeSnapshot" : "syncui.export.rangeText", c.sequence(), c.fromChange(),
                    c.toChange(), c.changes()));
            made.setText(c.made().map(Object::toString).orElse(""));
            verdict.setText(c.verdict());
            verdict.getStyleClass().setAll("label", c.importable() ? Styles.SUCCESS
                    : c.alreadyImported() ? Styles.WARNING : Styles.DANGER);
            importIt.setVisible(c.importable());
        };
        show.accept(vm.chosenProperty().get());
        vm.chosenProperty().addListener((o, was, c) -> show.accept(c));
        return box;
    }

    /** A row's name, never cut short ("文件名", not "文…"). */
    private static Label key(String messageKey) {
        Label l = new Label(Messages.get(messageKey));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
