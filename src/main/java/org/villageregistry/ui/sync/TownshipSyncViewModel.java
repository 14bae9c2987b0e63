package org.villageregistry.ui.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.sync.CountyAddress;
import org.villageregistry.domain.sync.SyncRecords;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.sync.ReceiptService;
import org.villageregistry.service.sync.SyncCrypto;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.sync.UploadService;
import org.villageregistry.service.sync.VerifyService;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.task.ScreenWork;

/**
 * 数据同步 at the township: a whole USB folder of village bundles imported at once (progress, cancel, a line
 * per file), receipts written for every village, the outbox to the county with "upload now", and the
 * enrolment of villages with their fingerprints.
 */
public final class TownshipSyncViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TownshipSyncViewModel.class);

    /** One imported file: origin village, sequence, what happened, applied and quarantined counts. */
    public record FileLine(String fileName, String village, String sequence, String status, int applied,
                           int quarantined, String message) {
    }

    /** One outbox item as shown. */
    public record OutboxLine(String fileName, String kind, OutboxState state, String stateText, int attempts,
                             Instant queuedAt, Optional<Instant> sentAt, String lastError) {
    }

    /** One enrolled workstation with its fingerprints. */
    public record EnrolledLine(String division, String divisionName, String signing, String encryption) {
    }

    /**
     * One bundle file chosen for import (double-clicked in the file manager, or picked): who sent it, which
     * numbers it holds and when it was made, as the signature check read them without decrypting anything.
     * {@code importable} is false when the check failed, the bundle is addressed to another township or it was
     * imported before ({@code alreadyImported});
     * {@code verdict} then says why.
     */
    public record ChosenBundle(Path file, String village, String division, long sequence, Optional<LocalDate> made,
                               long fromChange, long toChange, int changes, boolean snapshot, boolean importable,
                               boolean alreadyImported, String verdict) {
        public String fileName() {
            return file.getFileName().toString();
        }
    }

    /** Stores the county URL between sessions (the desktop settings file). */
    public interface UrlStore {
        String load();

        void save(String url);
    }

    private final SyncServices sync;
    private final ScreenWork work;
    private final UrlStore urlStore;
    private final StringProperty countyUrl = new SimpleStringProperty("");
    private final ObservableList<FileLine> files = FXCollections.observableArrayList();
    private final ObservableList<OutboxLine> outbox = FXCollections.observableArrayList();
    private final ObservableList<EnrolledLine> enrolled = FXCollections.observableArrayList();
    private final ObservableList<ReceiptChoice> receiptChoices = FXCollections.observableArrayList();
    private final ObservableList<String> receiptLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ChosenBundle> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SyncCrypto.KeyFingerprints> ownFingerprints = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VillageSyncViewModel.EnrolmentCandidate> candidate =
            new ReadOnlyObjectWrapper<>();

    public TownshipSyncViewModel(SyncServices sync, TaskExecutor executor, Executor uiThread, UrlStore urlStore) {
        this.sync = Objects.requireNonNull(sync);
        this.work = new ScreenWork(executor, uiThread, LOG);
        this.urlStore = Objects.requireNonNull(urlStore);
        countyUrl.set(urlStore.load());
    }

    public void refresh() {
        work.runWhenIdle(Messages.get("syncui.loading"), "Loading the township sync state", p -> state(), this::show);
    }

    private record State(List<OutboxItem> outbox, List<Enrolment> enrolments,
                         SyncCrypto.KeyFingerprints fingerprints, List<ReceiptChoice> receiptChoices) {
    }

    private State state() {
        List<ReceiptChoice> choices = sync.receipts().villages().stream().map(e -> new ReceiptChoice(e.division(),
                e.divisionName(), sync.receipts().hasNewsFor(e.division()), news(e.division()))).toList();
        return new State(sync.upload().outbox(), sync.identity().enrolments(), sync.identity().fingerprints(),
                choices);
    }

    /**
     * What a receipt would tell the village, reason by reason, as ReceiptService.hasNewsFor weighs it: bundles to
     * acknowledge, changes held back, and the feedback waiting by kind (a month approved, sample-check findings…).
     */
    private String news(String village) {
        var state = sync.identity().register().sync();
        List<String> parts = new java.util.ArrayList<>();
        int bundles = state.intake().unacknowledgedBundles(village).size();
        if (bundles > 0) {
            parts.add(Messages.get("syncui.receipts.bundles", bundles));
        }
        int held = state.quarantine().unreportedQuarantine(village).size();
        if (held > 0) {
            parts.add(Messages.get("syncui.receipts.quarantined", held));
        }
        new java.util.TreeMap<>(state.feedback().unsentFeedback(village).stream().collect(
                java.util.stream.Collectors.groupingBy(SyncRecords.Feedback::kind, java.util.stream.Collectors.counting())))
                .forEach((kind, count) -> parts.add(Messages.get("syncui.receipts.feedback",
                        Messages.get("syncui.task." + kind.name()), count)));
        return parts.isEmpty() ? Messages.get("syncui.receipts.nothingNew") : String.join(Messages.get("syncui.receipts.separator"), parts);
    }

    private void show(State state) {
        outbox.setAll(state.outbox().stream().map(TownshipSyncViewModel::outboxLine).toList());
        enrolled.setAll(state.enrolments().stream().map(e -> new EnrolledLine(e.division(), e.divisionName(),
                groups(e.signingKid()), groups(e.encryptionKid()))).toList());
        ownFingerprints.set(state.fingerprints());
        receiptChoices.setAll(state.receiptChoices());
    }

    /** A thumbprint as the enrolment sheet prints it: Crockford base32 in groups of four. */
    static String groups(String thumbprint) {
        return org.villageregistry.service.sync.SyncCrypto.inGroupsOfFour(thumbprint);
    }

    private static OutboxLine outboxLine(OutboxItem i) {
        return new OutboxLine(i.fileName(), i.kind(), i.state(), Messages.get("syncui.outbox." + i.state().name()),
                i.attempts(), i.queuedAt(), i.sentAt(), i.lastError().orElse(""));
    }

    /** Imports every bundle of the folder (a USB stick) in name order, one transaction per bundle. */
    public void importFolder(Path folder) {
        if (work.refuses()) {
            return;
        }
        files.clear();
        result.set("");
        work.run(Messages.get("syncui.importing"), "Importing bundles", p -> new Imported(
                sync.imports().importAll(List.of(folder), p), state()), imported -> {
                    files.setAll(imported.outcomes().stream().map(this::fileLine).toList());
                    long ok = imported.outcomes().stream().filter(o -> o.status() == ImportService.Status.IMPORTED)
                            .count();
                    result.set(Messages.get("syncui.imported", imported.outcomes().size(), ok));
                    show(imported.state());
                });
    }

    private record Imported(List<ImportService.Outcome> outcomes, State state) {
    }

    /**
     * Chooses one file for import and checks it (signature, sender, addressee) without importing: the clerk
     * sees village, numbers and date and then presses 导入. A receipt is not for a township: the error line
     * says where it belongs.
     */
    public void chooseFile(Path file) {
        if (work.refuses()) {
            return;
        }
        chosen.set(null);
        result.set("");
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ImportService.RECEIPT_SUFFIX)) {
            work.fail(Messages.get("syncui.open.receiptAtTownship", file.getFileName()));
            return;
        }
        work.run(Messages.get("syncui.checkingBundle"), "Checking a bundle file", p -> check(file), chosen::set);
    }

    private ChosenBundle check(Path file) {
        VerifyService.Verdict verdict = sync.verify().verify(file);
        if (verdict.info().isEmpty()) {
            return new ChosenBundle(file, "", "", 0, Optional.empty(), 0, 0, 0, false, false, false,
                    Messages.get("syncui.chosen.invalid", verdict.message().orElse("")));
        }
        SyncCrypto.BundleInfo info = verdict.info().get();
        boolean ours = info.audience().equals(sync.identity().division());
        Optional<String> before = ours ? sync.verify().alreadyImported(info) : Optional.empty();
        String village = sync.identity().village(info.origin()).map(Enrolment::divisionName)
                .orElse(info.originName());
        String text = !ours
                ? Messages.get("syncui.chosen.otherTownship", info.audience(), sync.identity().division())
                : before.map(m -> Messages.get("syncui.chosen.alreadyImported", m))
                        .orElseGet(() -> Messages.get("syncui.chosen.valid", groups(info.signerFingerprint())));
        return new ChosenBundle(file, village, info.origin(), info.sequence(),
                Optional.of(LocalDate.ofInstant(info.createdAt(), ZoneId.systemDefault())), info.fromChange(), info.toChange(),
                info.total(), "snapshot".equals(info.kind()), ours && before.isEmpty(), before.isPresent(), text);
    }

    /** Imports the chosen bundle (one transaction) and shows its line as a folder import would. */
    public void importChosen() {
        ChosenBundle c = chosen.get();
        if (c == null || !c.importable()) {
            return;
        }
        result.set("");
        work.run(Messages.get("syncui.importing"), "Importing a chosen bundle", p -> new Imported(
                sync.imports().importAll(List.of(c.file()), p), state()), imported -> {
                    chosen.set(null);
                    files.setAll(imported.outcomes().stream().map(this::fileLine).toList());
                    result.set(imported.outcomes().stream().map(ImportService.Outcome::message).findFirst()
                            .orElse(""));
                    show(imported.state());
                });
    }

    /** Puts the chosen bundle aside without importing it. */
    public void dropChosen() {
        chosen.set(null);
    }

    public ReadOnlyObjectProperty<ChosenBundle> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    private FileLine fileLine(ImportService.Outcome o) {
        String name = o.fileName();
        String village = "";
        String sequence = "";
        int cut = name.indexOf('_');
        if (cut > 0) {
            String code = name.substring(0, cut);
            village = sync.identity().village(code).map(Enrolment::divisionName).orElse(code);
            int dot = name.indexOf('.', cut);
            String rest = name.substring(cut + 1, dot > cut ? dot : name.length());
            sequence = rest.replaceFirst("^0+(?=\\d)", "").replaceAll("[^0-9].*$", "");
        }
        return new FileLine(name, village, sequence, Messages.get("syncui.status." + o.status().name()),
                o.applied(), o.quarantined(), o.message());
    }

    /** Writes a receipt for each chosen village into the folder, in one pass, one line per village. */
    public void writeReceipts(Path folder) {
        List<ReceiptChoice> villages = receiptChoices.stream().filter(c -> c.chosenProperty().get()).toList();
        if (villages.isEmpty()) {
            work.fail(Messages.get("syncui.receipts.noneChosen"));
            return;
        }
        if (work.refuses()) {
            return;
        }
        receiptLines.clear();
        result.set("");
        List<String> codes = villages.stream().map(ReceiptChoice::division).toList();
        work.run(Messages.get("syncui.writingReceipts"), "Writing receipts", p -> new Receipts(
                sync.receipts().writeAll(codes, folder, p), state()), written -> {
                    receiptsWritten(written.receipts(), folder);
                    show(written.state());
                });
    }

    /** One line per receipt in the scrollable list, and one sentence for all of them. */
    void receiptsWritten(List<ReceiptService.Written> receipts, Path folder) {
        receiptLines.setAll(receipts.stream().map(w -> Messages.get("syncui.receiptWritten",
                sync.identity().nameOf(w.village()), w.file().getFileName(), w.acknowledgedUpTo(), w.quarantined(),
                w.feedback())).toList());
        result.set(Messages.get("syncui.receiptsWritten", receipts.size(), folder));
    }

    /** Checks (or unchecks) every village for receipts. */
    public void chooseAllReceipts(boolean all) {
        receiptChoices.forEach(c -> c.chosenProperty().set(all));
    }

    private record Receipts(List<ReceiptService.Written> receipts, State state) {
    }

    private record Written(String text, State state) {
    }

    /** Sends the pending and failed outbox items now (ignoring the back-off), and keeps the URL. */
    public void uploadNow() {
        String url = countyUrl.get() == null ? "" : countyUrl.get().strip();
        if (url.isEmpty()) {
            work.fail(Messages.get("syncui.noCountyUrl"));
            return;
        }
        try {
            CountyAddress.of(url);
        } catch (RegistryException e) {
            work.fail(e.getMessage());
            return;
        }
        urlStore.save(url);
        work.run(Messages.get("syncui.uploading"), "Uploading to the county", p -> new Uploaded(
                sync.upload().upload(url, true, p), state()), uploaded -> {
                    long sent = uploaded.sent().stream().filter(s -> s.state() == OutboxState.SENT).count();
                    result.set(Messages.get("syncui.uploaded", sent, uploaded.sent().size() - sent));
                    show(uploaded.state());
                });
    }

    private record Uploaded(List<UploadService.Sent> sent, State state) {
    }

    /** Reads a village's enrolment file and shows its fingerprints; nothing is accepted yet. */
    public void checkEnrolment(Path file) {
        candidate.set(null);
        work.run(Messages.get("syncui.enrolChecking"), "Checking an enrolment file",
                p -> new VillageSyncViewModel.EnrolmentCandidate(file, sync.enrolment().check(file)), candidate::set);
    }

    public void acceptEnrolment() {
        VillageSyncViewModel.EnrolmentCandidate c = candidate.get();
        if (c == null) {
            return;
        }
        work.run(Messages.get("syncui.enrolImporting"), "Importing an enrolment file", p -> {
            var e = sync.enrolment().importFile(c.file(), false);
            return new Written(Messages.get("syncui.enrol.accepted", e.divisionName(), e.division()), state());
        }, written -> {
            candidate.set(null);
            result.set(written.text());
            show(written.state());
        });
    }

    public void rejectEnrolment() {
        candidate.set(null);
    }

    /** Writes the township's enrolment file for its villages. */
    public void exportEnrolment(Path folder) {
        work.run(Messages.get("syncui.enrolExporting"), "Exporting the enrolment file",
                p -> sync.enrolment().export(folder), e -> result.set(Messages.get("syncui.enrol.exported",
                        e.file().getFileName(), e.file().getParent())));
    }

    public void cancel() {
        work.cancel();
    }

    public StringProperty countyUrlProperty() {
        return countyUrl;
    }

    public ObservableList<FileLine> files() {
        return files;
    }

    public ObservableList<OutboxLine> outbox() {
        return outbox;
    }

    public ObservableList<EnrolledLine> enrolled() {
        return enrolled;
    }

    public ObservableList<ReceiptChoice> receiptChoices() {
        return receiptChoices;
    }

    /** What the last receipts run wrote, one line per village. */
    public ObservableList<String> receiptLines() {
        return receiptLines;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncCrypto.KeyFingerprints> ownFingerprintsProperty() {
        return ownFingerprints.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VillageSyncViewModel.EnrolmentCandidate> candidateProperty() {
        return candidate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    ScreenWork work() {
        return work;
    }
}
