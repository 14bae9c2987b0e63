package org.villageregistry.service.sync;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.UUID;
import java.util.stream.Stream;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.sync.SyncRecords.ImportedBundle;
import org.villageregistry.domain.sync.SyncRecords.OriginProgress;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.service.task.Progress;

/**
 * {@code vreg import FILE|DIR…}: at a township, village bundles (BUNDLE.md "Import at the township"); at a
 * village, the township's receipts. Files of a folder are taken in name order, so a village's bundles come in
 * sequence. Each bundle is applied in one transaction, or not at all.
 */
public final class ImportService {
    public static final String BUNDLE_SUFFIX = ".vrb.json";
    public static final String RECEIPT_SUFFIX = ".vrr.json";

    private final SyncIdentity identity;
    private final Clock clock;
    private final ReceiptImport receipts;
    private final ReentrantLock importing = new ReentrantLock();

    public ImportService(SyncIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
        this.receipts = new ReceiptImport(identity, clock);
    }

    /** How one file went. */
    public enum Status { IMPORTED, ALREADY_IMPORTED, REFUSED }

    /** The result for one file, with the message to show (already translated). */
    public record Outcome(Path file, Status status, String message, Optional<String> reasonCode, int applied,
                          int quarantined) {
        public String fileName() {
            return file.getFileName().toString();
        }
    }

    /**
     * Imports files and folders (a whole USB stick at once); progress counts files, cancel stops between files.
     * One import at a time over a register: a second one started while the first runs is refused.
     */
    public List<Outcome> importAll(List<Path> filesOrFolders, Progress progress) {
        requireAllowed();
        if (!importing.tryLock()) {
            throw new RegistryException("sync.service.importRunning");
        }
        try {
            // each bundle is still applied in a transaction of its own; they reach the file together when the
            // import ends (a killed import loses whole bundles, to be imported again); no receipt is written before
            List<Path> files = expand(filesOrFolders);
            return identity.register().transactions().storedTogether(() -> importEach(files, progress));
        } finally {
            importing.unlock();
        }
    }

    /** At a township, each next bundle is prepared on a second thread while one is applied ({@link BundlesAhead}). */
    private List<Outcome> importEach(List<Path> files, Progress progress) {
        List<Outcome> out = new ArrayList<>();
        try (BundlesAhead ahead = ahead(files.size())) {
            for (int i = 0; i < files.size(); i++) {
                if (progress.isCancelled()) {
                    break;
                }
                progress.message(Messages.get("sync.service.progress.importing", files.get(i).getFileName()));
                if (ahead != null && i + 1 < files.size() && wrongKind(files.get(i + 1)).isEmpty()) {
                    // a file of the other kind is refused by its name, never opened: nothing to prepare for it
                    ahead.prepare(files.get(i + 1));
                }
                out.add(importOne(files.get(i), ahead));
                progress.update(i + 1, files.size());
            }
        }
        return out;
    }

    public Outcome importOne(Path file) {
        return importOne(file, null);
    }

    /** None for receipts or a single file, or when the keys cannot be read: each file is then refused with why. */
    private BundlesAhead ahead(int files) {
        if (!identity.isTownship() || files < 2) {
            return null;
        }
        try {
            return new BundlesAhead(identity);
        } catch (RegistryException e) {
            return null;
        }
    }

    private Outcome importOne(Path file, BundlesAhead ahead) {
        requireAllowed();
        Optional<Outcome> other = wrongKind(file);
        if (other.isPresent()) {
            return other.get();
        }
        try {
            if (!identity.isTownship()) {
                return receipts.importReceipt(file);
            }
            return importBundle(file, ahead != null ? ahead.open(file) : identity.crypto().openBundle(file,
                    identity.enrolments(), identity.division(), identity.keys()));
        } catch (RegistryException e) {
            return new Outcome(file, Status.REFUSED, e.getMessage(), ExportService.reasonCode(e), 0, 0);
        }
    }

    /**
     * A file named as the other kind (a bundle at a village, a receipt at a township): refused by its name without
     * being opened, saying where it belongs rather than calling it damaged.
     */
    private Optional<Outcome> wrongKind(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String other = identity.isTownship() ? RECEIPT_SUFFIX : BUNDLE_SUFFIX;
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(other)) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(file, Status.REFUSED, Messages.get(identity.isTownship()
                ? "sync.service.receiptAtTownship" : "sync.service.bundleAtVillage", name),
                Optional.of("wrongWorkstation"), 0, 0));
    }

    /** A township imports bundles (township clerk); a village imports its receipts (registrar). */
    private void requireAllowed() {
        Permissions.require(identity.register(),
                identity.isTownship() ? Permission.TOWNSHIP_SYNC : Permission.EDIT_REGISTER);
    }

    private Outcome importBundle(Path file, SyncCrypto.OpenedBundle bundle) {
        SyncCrypto.BundleInfo info = bundle.info();
        OriginProgress progress = identity.register().sync().intake().progress(info.origin());
        SyncCrypto.SequenceVerdict verdict = bundle.sequence(progress.lastChangeId(), progress.importedBundles());
        switch (verdict.outcome()) {
            case ALREADY_IMPORTED:
                if (!info.signoffPeriods().isEmpty() && !progress.importedBundles().contains(info.bundleId())) {
                    return signoffsOnly(file, bundle, progress);
                }
                if (forwardedToTheCounty(info, bundle)) {
                    return new Outcome(file, Status.ALREADY_IMPORTED, verdict.message() + Messages.get(
                            "sync.service.snapshotForwarded", info.originName()), Optional.empty(), 0, 0);
                }
                return new Outcome(file, Status.ALREADY_IMPORTED, verdict.message(), Optional.empty(), 0, 0);
            case GAP:
                return new Outcome(file, Status.REFUSED, verdict.message(), Optional.of("sequenceGap"), 0, 0);
            default:
                break;
        }
        SyncCrypto.Contents contents = bundle.contents(progress.lastChangeId(), progress.lastHash());
        List<Change> changes = contents.changes();
        boolean snapshot = "snapshot".equals(info.kind());
        Instant now = clock.instant();
        ChangeApplier applier = new ChangeApplier(identity.register(), info.bundleId(), snapshot, now,
                clock.getZone(), contents.asReceived());
        SignoffTransport.Received[] received = new SignoffTransport.Received[1];
        identity.register().transactions().write(() -> {
            applier.applyAll(changes.stream().filter(c -> c.changeId() >= verdict.firstNewChangeId()).toList());
            received[0] = new SignoffTransport(identity.register()).receive(info.origin(), info.bundleId(),
                    contents.signoffs(), info.fileName(), now);
            Change last = changes.get(changes.size() - 1);
            identity.register().sync().intake().recordImport(new ImportedBundle(info.bundleId(), info.origin(),
                    info.sequence(), info.fromChange(), info.toChange(), info.chainHead(), info.kind(),
                    info.fileName(), applier.applied(), applier.quarantined(), now), last.changeId(), last.hash());
            identity.register().sync().outbox().enqueue(new OutboxItem(info.bundleId(), "bundle", info.fileName(),
                    bundle.fileContent(), OutboxState.PENDING, 0, now, Optional.empty(), now, Optional.empty()));
            identity.register().audit().append(AuditAction.BUNDLE_IMPORTED, null, null, "village=" + info.origin()
                    + " sequence=" + info.sequence() + " merged=" + applier.applied() + " held="
                    + applier.quarantined());
        });
        return new Outcome(file, Status.IMPORTED, Messages.get("sync.service.imported", info.fileName(),
                info.originName(), applier.applied(), applier.quarantined()) + submitted(info)
                + locked(received[0]), Optional.empty(), applier.applied(), applier.quarantined());
    }

    /**
     * A village's snapshot that brings the township nothing new still goes to the outbox when a county is enrolled
     * and the outbox does not hold it: the county may lack what the village sent before it was enrolled there (those
     * bundles are not sealed for it, so it cannot apply them), and a snapshot the village exported since is.
     */
    private boolean forwardedToTheCounty(SyncCrypto.BundleInfo info, SyncCrypto.OpenedBundle bundle) {
        if (!"snapshot".equals(info.kind()) || identity.county().isEmpty()) {
            return false;
        }
        var outbox = identity.register().sync().outbox();
        if (outbox.holds(info.bundleId())) {
            return false;
        }
        Instant now = clock.instant();
        identity.register().transactions().write(() -> outbox.enqueue(new OutboxItem(info.bundleId(), "bundle",
                info.fileName(), bundle.fileContent(), OutboxState.PENDING, 0, now, Optional.empty(), now,
                Optional.empty())));
        return true;
    }

    /**
     * A bundle whose changes are all here already but that submits months (a village sends its figures with no
     * new change): the months are kept, the village's progress stays where it is, and the bundle is recorded as
     * imported (a second import of it is then "already imported", the next receipt acknowledges it, 各村 shows it
     * as the village's latest) and goes to the county as every imported bundle does.
     */
    private Outcome signoffsOnly(Path file, SyncCrypto.OpenedBundle bundle, OriginProgress progress) {
        SyncCrypto.BundleInfo info = bundle.info();
        SyncCrypto.Contents contents = bundle.contents(progress.lastChangeId(), progress.lastHash());
        Instant now = clock.instant();
        SignoffTransport.Received[] received = new SignoffTransport.Received[1];
        identity.register().transactions().write(() -> {
            received[0] = new SignoffTransport(identity.register()).receive(info.origin(), info.bundleId(),
                    contents.signoffs(), info.fileName(), now);
            int fresh = received[0].fresh();
            identity.register().sync().intake().recordImport(new ImportedBundle(info.bundleId(), info.origin(),
                    info.sequence(), info.fromChange(), info.toChange(), info.chainHead(), info.kind(),
                    info.fileName(), 0, 0, now), progress.lastChangeId(), progress.lastHash().orElse(null));
            if (!identity.register().sync().outbox().holds(info.bundleId())) {
                identity.register().sync().outbox().enqueue(new OutboxItem(info.bundleId(), "bundle",
                        info.fileName(), bundle.fileContent(), OutboxState.PENDING, 0, now, Optional.empty(), now,
                        Optional.empty()));
            }
            identity.register().audit().append(AuditAction.BUNDLE_IMPORTED, null, null, "village=" + info.origin()
                    + " sequence=" + info.sequence() + " merged=0 held=0 months=" + fresh);
        });
        return new Outcome(file, Status.IMPORTED, Messages.get("sync.service.signoffsOnly", info.fileName(),
                info.originName()) + submitted(info) + locked(received[0]), Optional.empty(), 0, 0);
    }

    /** Months the village submitted again although approved here: not reviewed again, the receipt says so. */
    private static String locked(SignoffTransport.Received received) {
        return received == null || received.locked().isEmpty() ? ""
                : Messages.get("sync.service.signoffLocked", String.join("、", received.locked()));
    }

    private static String submitted(SyncCrypto.BundleInfo info) {
        return info.signoffPeriods().isEmpty() ? ""
                : Messages.get("sync.service.signoffsReceived", String.join("、", info.signoffPeriods()));
    }

    /** Folders give their bundle (township) or receipt (village) files in name order; files stay as given. */
    private List<Path> expand(List<Path> paths) {
        String suffix = identity.isTownship() ? BUNDLE_SUFFIX : RECEIPT_SUFFIX;
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(suffix))
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new RegistryException(e, "sync.readFailed", p.toString());
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static UUID newId() {
        return UUID.randomUUID();
    }
}
