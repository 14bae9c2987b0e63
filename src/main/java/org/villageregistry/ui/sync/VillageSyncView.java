package org.villageregistry.ui.sync;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.Columns;
import org.villageregistry.ui.task.ScreenWork;

/** 数据同步 (village): export the month's bundle, import the township's receipt, enrolment. */
public final class VillageSyncView extends VBox {
    private final TabPane tabs = new TabPane();
    private final Button export;

    public VillageSyncView(VillageSyncViewModel vm, Choosers choosers) {
        setId("village-sync");
        setSpacing(10);
        setPadding(ListPane.padding());
        ScreenWork work = vm.work();

        Label pending = new Label();
        pending.setId("sync-pending");
        vm.summaryProperty().addListener((o, was, s) -> pending.setText(s == null ? ""
                : Messages.get("syncui.village.summary", s.undelivered(), s.lastAcknowledged(), s.lastChange(),
                        s.toFix(), s.otherTasks())));
        CheckBox snapshot = new CheckBox(Messages.get("syncui.snapshot"));
        snapshot.setId("sync-snapshot");
        snapshot.selectedProperty().bindBidirectional(vm.snapshotProperty());
        export = SyncParts.button("sync-export", "syncui.export", "mdi2u-usb-flash-drive-outline",
                () -> SyncParts.folder(choosers, this, "syncui.chooseStick").ifPresent(vm::export));
        export.disableProperty().bind(work.busyProperty());
        TableView<VillageSyncViewModel.KindCount> counts = new TableView<>();
        counts.setId("sync-counts");
        counts.setPrefHeight(200);
        counts.setPlaceholder(new Label(Messages.get("syncui.export.none")));
        counts.getColumns().add(Columns.text(Messages.get("syncui.col.kind"), 160, VillageSyncViewModel.KindCount::kind));
        counts.getColumns().add(Columns.text(Messages.get("syncui.col.count"), 100, k -> String.valueOf(k.count())));
        counts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(counts, Priority.ALWAYS);
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        Label file = SyncParts.mono("sync-export-file");
        Label range = new Label();
        range.setWrapText(true); // a second export before the receipt adds a line of what the first carries
        Label verified = new Label();
        verified.setId("sync-export-verified");
        verified.setWrapText(true);
        facts.addRow(0, new Label(Messages.get("syncui.export.file")), file);
        facts.addRow(1, new Label(Messages.get("syncui.export.range")), range);
        facts.addRow(2, new Label(Messages.get("syncui.export.verification")), verified);
        // the names keep their width; the values take the rest and wrap
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        facts.getColumnConstraints().setAll(names, values);
        facts.visibleProperty().bind(vm.lastExportProperty().isNotNull());
        vm.lastExportProperty().addListener((o, was, r) -> {
            counts.getItems().setAll(r == null ? java.util.List.of() : r.counts());
            if (r != null) {
                file.setText(r.file() == null ? r.fileName() : r.file().toAbsolutePath().toString());
                range.setText(r.range());
                verified.setText(r.verification());
                verified.getStyleClass().setAll("label", r.verified() ? "success" : "danger");
            }
        });
        VBox exportTab = SyncParts.section(SyncParts.note(Messages.get("syncui.export.note")), pending,
                new HBox(12, export, snapshot), facts, counts);

        Button receipt = SyncParts.button("sync-import-receipt", "syncui.importReceipt", "mdi2f-file-import-outline",
                () -> SyncParts.file(choosers, this, "syncui.chooseReceipt", "*" + ImportService.RECEIPT_SUFFIX)
                        .ifPresent(vm::importReceipt));
        receipt.disableProperty().bind(work.busyProperty());
        Button chosenImport = SyncParts.button("sync-import-chosen-receipt", "syncui.chosenReceipt.import",
                "mdi2f-file-import-outline", vm::importChosenReceipt);
        chosenImport.disableProperty().bind(work.busyProperty());
        chosenImport.getStyleClass().add(atlantafx.base.theme.Styles.SUCCESS);
        Label chosenFile = new Label();
        chosenFile.setId("sync-chosen-receipt");
        HBox chosenRow = new HBox(12, chosenFile, chosenImport);
        chosenRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chosenRow.visibleProperty().bind(vm.chosenReceiptProperty().isNotNull());
        chosenRow.managedProperty().bind(chosenRow.visibleProperty());
        chosenImport.defaultButtonProperty().bind(chosenRow.visibleProperty());
        export.defaultButtonProperty().bind(chosenRow.visibleProperty().not());
        vm.chosenReceiptProperty().addListener((o, was, chosen) -> {
            chosenFile.setText(chosen == null ? "" : Messages.get("syncui.chosenReceipt", chosen.getFileName()));
            if (chosen != null) {
                tabs.getSelectionModel().select(1);
                chosenImport.requestFocus();
            }
        });
        TableView<VillageSyncViewModel.TaskLine> toFix = tasks("sync-to-fix", "syncui.toFix.none", vm,
                VillageSyncViewModel.TaskLine::reason, "syncui.col.reason");
        TableView<VillageSyncViewModel.TaskLine> other = tasks("sync-tasks", "syncui.tasks.none", vm,
                VillageSyncViewModel.TaskLine::kind, "syncui.col.kind");
        Button done = SyncParts.button("sync-task-done", "syncui.taskDone", "mdi2c-check", () -> {
            var t = other.getSelectionModel().getSelectedItem();
            if (t != null) {
                vm.done(t);
            }
        });
        VBox.setVgrow(toFix, Priority.ALWAYS);
        VBox.setVgrow(other, Priority.ALWAYS);
        VBox receiptTab = SyncParts.section(SyncParts.note(Messages.get("syncui.receipt.note")), receipt, chosenRow,
                SyncParts.result("sync-receipt-result", vm.receiptResultProperty()),
                SyncParts.heading("syncui.toFix"), toFix, new HBox(12, SyncParts.heading("syncui.tasks"), done), other);

        VBox enrolTab = SyncParts.section(SyncParts.note(Messages.get("syncui.enrol.note")),
                SyncParts.heading("syncui.fp.own"), SyncParts.fingerprints(vm.ownFingerprintsProperty()),
                new HBox(12,
                        SyncParts.button("sync-enrol-export", "syncui.enrol.export", "mdi2k-key-arrow-right",
                                () -> SyncParts.folder(choosers, this, "syncui.chooseStick").ifPresent(vm::exportEnrolment)),
                        SyncParts.button("sync-enrol-import", "syncui.enrol.importTownship", "mdi2k-key-plus",
                                () -> SyncParts.file(choosers, this, "syncui.chooseEnrolment", "*.enrol.json")
                                        .ifPresent(vm::checkEnrolment))),
                SyncParts.result("sync-enrol-result", vm.enrolmentResultProperty()),
                SyncParts.candidate(vm.candidateProperty(), vm::acceptEnrolment, vm::rejectEnrolment));

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(new Tab(Messages.get("syncui.tab.export"), exportTab),
                new Tab(Messages.get("syncui.tab.receipt"), receiptTab),
                new Tab(Messages.get("syncui.tab.enrol"), new ScrollPane(enrolTab)));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(ListPane.titleBar(Messages.get("syncui.title.village"), "mdi2s-swap-horizontal-bold",
                        work.busyProperty()), SyncParts.progressRow(work, vm::cancel),
                ListPane.errorLine("sync-error", work.errorProperty()), tabs);
    }

    private static TableView<VillageSyncViewModel.TaskLine> tasks(String id, String emptyKey,
            VillageSyncViewModel vm, Function<VillageSyncViewModel.TaskLine, String> first, String firstKey) {
        TableView<VillageSyncViewModel.TaskLine> table = new TableView<>(
                id.equals("sync-to-fix") ? vm.toFix() : vm.tasks());
        table.setId(id);
        table.setPlaceholder(new Label(Messages.get(emptyKey)));
        table.getColumns().add(Columns.text(Messages.get(firstKey), 200, first));
        table.getColumns().add(Columns.sentence(Messages.get("syncui.col.message"), 520,
                VillageSyncViewModel.TaskLine::message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ListPane.onOpen(table, vm::open);
        return table;
    }

    public void focusExport() {
        tabs.getSelectionModel().select(0);
        export.requestFocus();
    }
}
