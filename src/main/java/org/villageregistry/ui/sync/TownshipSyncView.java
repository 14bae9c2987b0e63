package org.villageregistry.ui.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.Columns;
import org.villageregistry.ui.task.ScreenWork;

/** 数据同步 (township): import a USB folder, write receipts, the outbox to the county, enrol villages. */
public final class TownshipSyncView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final TabPane tabs = new TabPane();
    private final Button importFolder;
    private final Button chosenImport;

    public TownshipSyncView(TownshipSyncViewModel vm, Choosers choosers) {
        setId("township-sync");
        setSpacing(10);
        setPadding(ListPane.padding());
        ScreenWork work = vm.work();

        importFolder = SyncParts.button("sync-import-folder", "syncui.importFolder", "mdi2u-usb-flash-drive-outline",
                () -> SyncParts.folder(choosers, this, "syncui.chooseStick").ifPresent(vm::importFolder));
        importFolder.disableProperty().bind(work.busyProperty());
        Button chooseBundle = SyncParts.button("sync-choose-bundle", "syncui.chooseBundleButton",
                "mdi2f-file-search-outline", () -> SyncParts.file(choosers, this, "syncui.chooseBundle",
                        "*" + ImportService.BUNDLE_SUFFIX).ifPresent(vm::chooseFile));
        chooseBundle.disableProperty().bind(work.busyProperty());
        chosenImport = SyncParts.button("sync-import-chosen", "syncui.chosen.import", "mdi2d-database-import-outline",
                vm::importChosen);
        VBox chosenBox = ChosenBundleBox.of(vm, chosenImport);
        importFolder.defaultButtonProperty().bind(chosenBox.visibleProperty().not());
        chosenImport.defaultButtonProperty().bind(chosenBox.visibleProperty());
        vm.chosenProperty().addListener((o, was, now) -> {
            if (now != null) {
                tabs.getSelectionModel().select(0);
                (now.importable() ? chosenImport : importFolder).requestFocus();
            }
        });
        TableView<TownshipSyncViewModel.FileLine> files = new TableView<>(vm.files());
        files.setId("sync-files");
        Label nothingYet = new Label();
        nothingYet.textProperty().bind(javafx.beans.binding.Bindings.when(work.busyProperty())
                .then(Messages.get("syncui.files.importing")).otherwise(Messages.get("syncui.files.none")));
        files.setPlaceholder(nothingYet);
        files.getColumns().add(Columns.text(Messages.get("syncui.col.village"), 110, TownshipSyncViewModel.FileLine::village));
        files.getColumns().add(Columns.text(Messages.get("syncui.col.sequence"), 60, TownshipSyncViewModel.FileLine::sequence));
        files.getColumns().add(Columns.text(Messages.get("syncui.col.status"), 90, TownshipSyncViewModel.FileLine::status));
        files.getColumns().add(Columns.text(Messages.get("syncui.col.applied"), 70, f -> String.valueOf(f.applied())));
        files.getColumns().add(Columns.text(Messages.get("syncui.col.quarantined"), 70,
                f -> String.valueOf(f.quarantined())));
        files.getColumns().add(Columns.sentence(Messages.get("syncui.col.message"), 520, TownshipSyncViewModel.FileLine::message));
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(files, Priority.ALWAYS);
        Button receipts = SyncParts.button("sync-write-receipts", "syncui.writeReceipts", "mdi2f-file-certificate-outline",
                () -> SyncParts.folder(choosers, this, "syncui.chooseStick").ifPresent(vm::writeReceipts));
        receipts.disableProperty().bind(work.busyProperty());
        files.setMinHeight(120);
        VBox importTab = SyncParts.section(SyncParts.note(Messages.get("syncui.import.note")),
                new HBox(12, importFolder, chooseBundle), chosenBox, files, ReceiptsBox.of(vm, receipts));

        TextField url = new TextField();
        url.setId("sync-county-url");
        url.setPromptText("https://county.example/vreg");
        url.setPrefColumnCount(36);
        url.textProperty().bindBidirectional(vm.countyUrlProperty());
        Button upload = SyncParts.button("sync-upload", "syncui.uploadNow", "mdi2c-cloud-upload-outline",
                vm::uploadNow);
        upload.disableProperty().bind(work.busyProperty());
        TableView<TownshipSyncViewModel.OutboxLine> outbox = new TableView<>(vm.outbox());
        outbox.setId("sync-outbox");
        outbox.setPlaceholder(new Label(Messages.get("syncui.outbox.none")));
        outbox.getColumns().add(Columns.text(Messages.get("syncui.col.file"), 280, TownshipSyncViewModel.OutboxLine::fileName));
        outbox.getColumns().add(Columns.text(Messages.get("syncui.col.state"), 70, TownshipSyncViewModel.OutboxLine::stateText));
        outbox.getColumns().add(Columns.text(Messages.get("syncui.col.attempts"), 60, o -> String.valueOf(o.attempts())));
        outbox.getColumns().add(Columns.text(Messages.get("syncui.col.queued"), 130, o -> WHEN.format(o.queuedAt())));
        outbox.getColumns().add(Columns.text(Messages.get("syncui.col.sent"), 130,
                o -> o.sentAt().map(WHEN::format).orElse("")));
        outbox.getColumns().add(Columns.sentence(Messages.get("syncui.col.lastError"), 300,
                TownshipSyncViewModel.OutboxLine::lastError));
        outbox.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(outbox, Priority.ALWAYS);
        Label urlLabel = new Label(Messages.get("syncui.countyUrl"));
        urlLabel.setLabelFor(url);
        urlLabel.setMnemonicParsing(true);
        HBox urlRow = new HBox(10, urlLabel, url, upload);
        urlRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label counts = new Label();
        counts.setId("sync-outbox-counts");
        vm.outbox().addListener((javafx.collections.ListChangeListener<TownshipSyncViewModel.OutboxLine>) c ->
                counts.setText(outboxCounts(vm)));
        VBox uploadTab = SyncParts.section(SyncParts.note(Messages.get("syncui.upload.note")), urlRow, counts, outbox);

        TableView<TownshipSyncViewModel.EnrolledLine> enrolled = new TableView<>(vm.enrolled());
        enrolled.setId("sync-enrolled");
        enrolled.setPrefHeight(220);
        enrolled.setPlaceholder(new Label(Messages.get("syncui.enrolled.none")));
        enrolled.getColumns().add(Columns.text(Messages.get("syncui.col.division"), 120,
                TownshipSyncViewModel.EnrolledLine::division));
        enrolled.getColumns().add(Columns.text(Messages.get("syncui.col.village"), 90,
                TownshipSyncViewModel.EnrolledLine::divisionName));
        // a fingerprint is read out whole over the phone: on two lines it fits the column, never cut off with …
        enrolled.getColumns().add(Columns.sentence(Messages.get("syncui.fp.signing"), 330,
                l -> onTwoLines(l.signing())));
        enrolled.getColumns().add(Columns.sentence(Messages.get("syncui.fp.encryption"), 330,
                l -> onTwoLines(l.encryption())));
        enrolled.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox enrolTab = SyncParts.section(SyncParts.note(Messages.get("syncui.enrol.noteTownship")),
                SyncParts.heading("syncui.fp.own"), SyncParts.fingerprints(vm.ownFingerprintsProperty()),
                new HBox(12,
                        SyncParts.button("sync-enrol-export", "syncui.enrol.export", "mdi2k-key-arrow-right",
                                () -> SyncParts.folder(choosers, this, "syncui.chooseStick").ifPresent(vm::exportEnrolment)),
                        SyncParts.button("sync-enrol-import", "syncui.enrol.importVillage", "mdi2k-key-plus",
                                () -> SyncParts.file(choosers, this, "syncui.chooseEnrolment", "*.enrol.json")
                                        .ifPresent(vm::checkEnrolment))),
                SyncParts.candidate(vm.candidateProperty(), vm::acceptEnrolment, vm::rejectEnrolment),
                SyncParts.heading("syncui.enrolled"), enrolled);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the chosen bundle's box, the results and the receipts do not all fit 768 pixels: the tab scrolls, the
        // results table taking what room there is when they do
        ScrollPane importScroll = new ScrollPane(importTab);
        importScroll.setFitToWidth(true);
        importScroll.setFitToHeight(true);
        importScroll.setId("sync-import-scroll");
        tabs.getTabs().addAll(new Tab(Messages.get("syncui.tab.import"), importScroll),
                new Tab(Messages.get("syncui.tab.upload"), uploadTab),
                new Tab(Messages.get("syncui.tab.enrol"), new ScrollPane(enrolTab)));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(ListPane.titleBar(Messages.get("syncui.title.township"), "mdi2s-swap-horizontal-bold",
                        work.busyProperty()), SyncParts.progressRow(work, vm::cancel),
                ListPane.errorLine("sync-error", work.errorProperty()),
                SyncParts.result("sync-result", vm.resultProperty()), tabs);
    }

    private static String outboxCounts(TownshipSyncViewModel vm) {
        long pending = vm.outbox().stream().filter(o -> o.state().name().equals("PENDING")).count();
        long sent = vm.outbox().stream().filter(o -> o.state().name().equals("SENT")).count();
        long failed = vm.outbox().stream().filter(o -> o.state().name().equals("FAILED")).count();
        return Messages.get("syncui.outbox.counts", pending, sent, failed);
    }

    public void focusImport() {
        tabs.getSelectionModel().select(0);
        importFolder.requestFocus();
    }

    /** A fingerprint's groups split in two lines ("XVYK ZASC … GJP3" / "GRBE … VCMG"). */
    static String onTwoLines(String fingerprint) {
        String[] groups = fingerprint == null ? new String[0] : fingerprint.strip().split("\\s+");
        if (groups.length < 2) {
            return fingerprint == null ? "" : fingerprint;
        }
        int half = (groups.length + 1) / 2;
        return String.join(" ", java.util.Arrays.copyOfRange(groups, 0, half)) + "\n"
                + String.join(" ", java.util.Arrays.copyOfRange(groups, half, groups.length));
    }
}
