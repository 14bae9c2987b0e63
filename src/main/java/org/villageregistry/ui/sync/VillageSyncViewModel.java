package org.villageregistry.ui.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.sync.SyncRecords.Task;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.EnrolmentService;
import org.villageregistry.service.sync.ExportService;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.sync.SyncCrypto;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.sync.VillageSyncStatus;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.task.ScreenWork;

/**
 * 数据同步 at a village: export this month's bundle to a USB stick (read back and verified), import the
 * township's receipt (acknowledged range, the to-fix list, feedback tasks), and the enrolment both ways.
 */
public final class VillageSyncViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(VillageSyncViewModel.class);

    /** What the last export wrote, with the verification of the file on the stick. */
    /** {@code range}: what the bundle holds, as the screen says it (changes, or only the months submitted). */
    public record ExportReport(String fileName, Path file, long sequence, long fromChange, long toChange,
                               List<KindCount> counts, int total, boolean snapshot, boolean verified,
                               String verification, String range) {
    }

    /** One line of "what went in": the kind of record (translated) and how many changes. */
    public record KindCount(String kind, int count) {
    }

    /** A task from a receipt, ready to show. */
    public record TaskLine(long id, String kind, String reason, String message, Optional<UUID> entity) {
    }

    private final SyncServices sync;
    private final ScreenWork work;
    private final Opener opener;
    private final ObjectProperty<Boolean> snapshot = new SimpleObjectProperty<>(false);
    private final ReadOnlyObjectWrapper<ExportReport> lastExport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VillageSyncStatus.Summary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper receiptResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> chosenReceipt = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TaskLine> toFix = FXCollections.observableArrayList();
    private final ObservableList<TaskLine> tasks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SyncCrypto.KeyFingerprints> ownFingerprints = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper enrolmentResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<EnrolmentCandidate> candidate = new ReadOnlyObjectWrapper<>();

    /** Opens the person a to-fix line is about. */
    @FunctionalInterface
    public interface Opener {
        void showPerson(UUID personId);
    }

    /** An enrolment file that passed its checks and waits for the registrar to compare its fingerprints. */
    public record EnrolmentCandidate(Path file, SyncCrypto.EnrolmentCheck check) {
    }

    public VillageSyncViewModel(SyncServices sync, TaskExecutor executor, Executor uiThread, Opener opener) {
        this.sync = Objects.requireNonNull(sync);
        this.work = new ScreenWork(executor, uiThread, LOG);
        this.opener = Objects.requireNonNull(opener);
    }

    /** Loads the numbers, the to-fix list, the tasks and this workstation's fingerprints. */
    public void refresh() {
        work.runWhenIdle(Messages.get("syncui.loading"), "Loading the sync state", p -> new State(
                sync.village().summary(), sync.village().toFix(), sync.village().tasks(),
                sync.identity().fingerprints()), this::show);
    }

    private record State(VillageSyncStatus.Summary summary, List<Task> toFix, List<Task> tasks,
                         SyncCrypto.KeyFingerprints fingerprints) {
    }

    private void show(State state) {
        summary.set(state.summary());
        toFix.setAll(state.toFix().stream().map(VillageSyncViewModel::line).toList());
        tasks.setAll(state.tasks().stream().map(VillageSyncViewModel::line).toList());
        ownFingerprints.set(state.fingerprints());
    }

    private static TaskLine line(Task t) {
        return new TaskLine(t.id(), Messages.get("syncui.task." + t.kind().name()),
                t.reasonCode().map(VillageSyncViewModel::reason).orElse(""), t.message(), t.entityId());
    }

    private static String reason(String code) {
        String key = "syncui.reason." + code;
        String text = Messages.get(key);
        return text.equals(key) || text.startsWith("!") ? code : text;
    }

    /** Writes the next bundle (or a snapshot) into the folder, then reads it back and verifies it. */
    public void export(Path folder) {
        boolean full = Boolean.TRUE.equals(snapshot.get());
        work.run(Messages.get("syncui.exporting"), "Exporting a bundle", p -> {
            ExportService.Exported e = sync.export().export(folder, full, p);
            return new Load<>(report(e), sync.village().summary());
        }, loaded -> {
            lastExport.set(loaded.value());
            summary.set(loaded.summary());
        });
    }

    private record Load<T>(T value, VillageSyncStatus.Summary summary) {
    }

    /** What the export wrote, with what reading the file back from the stick found. */
    private static ExportReport report(ExportService.Exported e) {
        List<KindCount> counts = e.monthsOnly() ? List.of() : e.counts().entrySet().stream()
                .map(c -> new KindCount(Messages.get("storage.entity." + c.getKey()), c.getValue())).toList();
        String months = String.join("、", e.signoffs());
        String range = e.monthsOnly() ? Messages.get("syncui.export.monthsOnly", e.sequence(), months)
                : Messages.get(e.snapshot() ? "syncui.export.rangeSnapshot" : "syncui.export.rangeText",
                        e.sequence(), e.fromChange(), e.toChange(), e.total())
                + (months.isEmpty() ? "" : Messages.get("syncui.export.withMonths", months))
                + e.carriedBeforeNote().map(note -> "\n" + note).orElse("");
        ExportService.ReadBack back = e.readBack();
        String verification = back.valid()
                ? Messages.get("syncui.export.verified", TownshipSyncViewModel.groups(back.signerFingerprint()))
                : Messages.get("syncui.export.notVerified", back.problem());
        return new ExportReport(e.fileName(), e.file(), e.sequence(), e.fromChange(), e.toChange(), counts,
                e.total(), e.snapshot(), back.valid(), verification, range);
    }

    /** Imports the township's receipt; its findings land in the to-fix list and the tasks. */
    public void importReceipt(Path file) {
        work.run(Messages.get("syncui.importingReceipt"), "Importing a receipt", p -> {
            List<ImportService.Outcome> outcomes = sync.imports().importAll(List.of(file), p);
            return new ReceiptLoad(outcomes, new State(sync.village().summary(), sync.village().toFix(),
                    sync.village().tasks(), sync.identity().fingerprints()));
        }, loaded -> {
            receiptResult.set(String.join("\n", loaded.outcomes().stream().map(ImportService.Outcome::message)
                    .toList()));
            show(loaded.state());
        });
    }

    /**
     * The program was started with this file: a receipt is chosen for import (the registrar presses 导入回执);
     * a bundle is not for a village, and the error line says where it belongs.
     */
    public void chooseFile(Path file) {
        chosenReceipt.set(null);
        receiptResult.set("");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(ImportService.RECEIPT_SUFFIX)) {
            chosenReceipt.set(file);
        } else {
            work.fail(Messages.get("syncui.open.bundleAtVillage", file.getFileName()));
        }
    }

    /** Imports the chosen receipt. */
    public void importChosenReceipt() {
        Path file = chosenReceipt.get();
        if (file != null) {
            chosenReceipt.set(null);
            importReceipt(file);
        }
    }

    /** The receipt chosen for import, if any. */
    public ReadOnlyObjectProperty<Path> chosenReceiptProperty() {
        return chosenReceipt.getReadOnlyProperty();
    }

    private record ReceiptLoad(List<ImportService.Outcome> outcomes, State state) {
    }

    /** Opens the person of a to-fix line or task, when it is about a person. */
    public void open(TaskLine line) {
        line.entity().ifPresent(opener::showPerson);
    }

    /** Marks a task done (the registrar looked at it or fixed it). */
    public void done(TaskLine line) {
        work.run(Messages.get("syncui.loading"), "Marking a task done", p -> {
            sync.village().done(line.id());
            return new State(sync.village().summary(), sync.village().toFix(), sync.village().tasks(),
                    sync.identity().fingerprints());
        }, this::show);
    }

    /** Writes this workstation's enrolment file for the township. */
    public void exportEnrolment(Path folder) {
        work.run(Messages.get("syncui.enrolExporting"), "Exporting the enrolment file",
                p -> sync.enrolment().export(folder),
                (EnrolmentService.Exported e) -> enrolmentResult.set(Messages.get("syncui.enrol.exported",
                        e.file().getFileName(), e.file().getParent())));
    }

    /** Reads the township's enrolment file and shows its fingerprints; nothing is accepted yet. */
    public void checkEnrolment(Path file) {
        candidate.set(null);
        work.run(Messages.get("syncui.enrolChecking"), "Checking an enrolment file",
                p -> new EnrolmentCandidate(file, sync.enrolment().check(file)), candidate::set);
    }

    /** Accepts the checked enrolment file after the registrar compared the fingerprints. */
    public void acceptEnrolment() {
        EnrolmentCandidate c = candidate.get();
        if (c == null) {
            return;
        }
        work.run(Messages.get("syncui.enrolImporting"), "Importing an enrolment file",
                p -> sync.enrolment().importFile(c.file(), false), enrolled -> {
                    candidate.set(null);
                    enrolmentResult.set(Messages.get("syncui.enrol.accepted", enrolled.divisionName(),
                            enrolled.division()));
                });
    }

    public void rejectEnrolment() {
        candidate.set(null);
    }

    public void cancel() {
        work.cancel();
    }

    public ObjectProperty<Boolean> snapshotProperty() {
        return snapshot;
    }

    public ReadOnlyObjectProperty<ExportReport> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VillageSyncStatus.Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty receiptResultProperty() {
        return receiptResult.getReadOnlyProperty();
    }

    public ObservableList<TaskLine> toFix() {
        return toFix;
    }

    public ObservableList<TaskLine> tasks() {
        return tasks;
    }

    public ReadOnlyObjectProperty<SyncCrypto.KeyFingerprints> ownFingerprintsProperty() {
        return ownFingerprints.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty enrolmentResultProperty() {
        return enrolmentResult.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EnrolmentCandidate> candidateProperty() {
        return candidate.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    ScreenWork work() {
        return work;
    }
}
