package org.villageregistry.service.sync;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.ChangeLog;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.sync.SyncRecords.LastExport;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.service.task.Progress;

/**
 * The village's export (BUNDLE.md "Bundle file"): every change after the last one the township acknowledged,
 * or with {@code snapshot} the latest change of every record, sealed for the township (and the county when
 * enrolled), written atomically into the chosen folder and read back before it is reported done.
 */
public final class ExportService {
    private static final int PAGE = 5_000;

    private final SyncIdentity identity;
    private final Clock clock;

    public ExportService(SyncIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * What went into the bundle: its file, number, change range and counts per kind of record, and what reading
     * the written file back from the folder (the USB stick) found. {@code monthsOnly}: nothing new since the
     * township's last receipt; the bundle carries the submitted months on the last change again, which the township
     * already holds (it says "没有新的变更"). {@code carriedBefore}: the bundle written before this one, when it
     * carries some of the same changes and no receipt acknowledged them since (an export made twice before the
     * township's receipt came back), and {@code carriedBeforeNote} what to tell of it.
     */
    public record Exported(Path file, String fileName, long sequence, long fromChange, long toChange,
                           Map<String, Integer> counts, boolean snapshot, ReadBack readBack, List<String> signoffs,
                           boolean monthsOnly, Optional<LastExport> carriedBefore,
                           Optional<String> carriedBeforeNote) {
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The bundle read back from where it was written and checked as the township will check it (signature and
     * metadata): valid with the signer's key fingerprint, or not with the reason (already translated).
     */
    public record ReadBack(boolean valid, String signerFingerprint, String problem) {
    }

    /** The audit log's detail column holds at most this many characters. */
    private static final int AUDIT_DETAIL = 400;

    /** How many changes the next (non-snapshot) bundle would carry; for the village home screen. */
    public long pendingChanges() {
        long ack = identity.register().sync().delivery().villageProgress().lastAcknowledged();
        long last = identity.register().changes().last().map(Change::changeId).orElse(0L);
        return Math.max(0, last - ack);
    }

    public Exported export(Path folder, boolean snapshot, Progress progress) {
        Permissions.require(identity.register(), Permission.EXPORT_REGISTER);
        if (identity.isTownship()) {
            throw new RegistryException("sync.service.exportAtTownship");
        }
        Enrolment township = identity.township();
        List<Enrolment> recipients = new ArrayList<>();
        recipients.add(township);
        identity.county().ifPresent(recipients::add);
        byte[] keys = identity.keys();
        progress.message(Messages.get("sync.service.progress.reading"));
        ChangeLog log = identity.register().changes();
        long after = snapshot ? 0 : identity.register().sync().delivery().villageProgress().lastAcknowledged();
        List<Change> changes = snapshot ? latestOfEachRecord(log, progress) : all(log, after, progress);
        List<String> signoffs = identity.register().transactions()
                .read(() -> new SignoffTransport(identity.register()).outgoing());
        boolean monthsOnly = changes.isEmpty() && !signoffs.isEmpty();
        if (monthsOnly) {
            // months submitted with nothing new to send: the last change again (applying it twice is harmless)
            // carries them, so the bundle still attaches to the chain the township holds
            changes = log.last().stream().toList();
        }
        if (changes.isEmpty()) {
            throw new RegistryException("sync.emptyBundle", identity.register().workstation().divisionName());
        }
        checkCancelled(progress);
        String chainHead = changes.get(changes.size() - 1).hash();
        List<Change> bundled = changes;
        progress.message(Messages.get("sync.service.progress.writing"));
        // the bundle number is taken in the transaction that writes the file, and the file is its last step: an
        // export that fails (stick pulled out, read-only, full) gives its number back, leaves neither its audit entry
        // nor its mark as the last export, and the next export carries the same changes
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long from = bundled.get(0).changeId();
        long to = bundled.get(bundled.size() - 1).changeId();
        // an earlier bundle not acknowledged since that carries some of these changes (not a snapshot: what the
        // township asked for then is that bundle, and this one does not hold all of it)
        Optional<LastExport> before = identity.register().sync().delivery().lastExport()
                .filter(last -> !snapshot && !last.snapshot() && last.toChange() > after && last.toChange() >= from);
        List<String> months = signoffs.stream().map(ExportService::period).toList();
        SyncCrypto.WrittenBundle written = identity.register().transactions().write(() -> {
            long sequence = identity.register().sync().delivery().takeSequence();
            identity.register().sync().delivery().recordExport(new LastExport(sequence, to, at, snapshot));
            // the register's records leave the workstation (encrypted for the township): who, which bundle, which
            // changes; never a record's content
            String detail = "sequence=" + sequence + " changes=" + from + "-" + to + " snapshot=" + snapshot
                    + (months.isEmpty() ? "" : " months=" + String.join(",", months));
            identity.register().audit().append(AuditAction.BUNDLE_EXPORTED, null, null,
                    detail.length() <= AUDIT_DETAIL ? detail : detail.substring(0, AUDIT_DETAIL - 1) + "…");
            return identity.crypto().writeBundle(folder,
                    new SyncCrypto.BundleRequest(identity.register().workstation(), township.division(), sequence,
                            snapshot, bundled, chainHead, at, signoffs),
                    keys, recipients);
        });
        progress.update(1, 1);
        progress.message(Messages.get("sync.service.progress.verifying"));
        SyncCrypto.BundleInfo info = written.info();
        return new Exported(written.file(), info.fileName(), info.sequence(), info.fromChange(), info.toChange(),
                info.counts(), snapshot, readBack(written.file(), keys), info.signoffPeriods(), monthsOnly, before,
                before.map(b -> Messages.get("sync.export.carriedBefore", b.sequence(),
                        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(b.at()
                                .atZone(clock.getZone())), info.fromChange(), Math.min(b.toChange(),
                                info.toChange()))));
    }

    /** The month a submission sent with the bundle is of. */
    private static String period(String signoff) {
        try {
            return org.villageregistry.service.Json.mapper().readTree(signoff).path("period").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads the bundle back from the folder once more and checks its signature and metadata against this
     * workstation's own public keys (the village has no enrolment of itself, so one is made up here).
     */
    private ReadBack readBack(Path file, byte[] keys) {
        try {
            WorkstationInfo self = identity.register().workstation();
            SyncCrypto.KeyFingerprints fp = identity.fingerprints();
            Enrolment own = new Enrolment(identity.division(), self.divisionName(), self.workstationId(),
                    fp.signing(), fp.encryption(), identity.crypto().enrolmentFile(self, keys, self.createdAt()),
                    self.createdAt());
            SyncCrypto.BundleInfo read = identity.crypto().verifyBundle(file, List.of(own));
            return new ReadBack(true, read.signerFingerprint(), "");
        } catch (RegistryException e) {
            return new ReadBack(false, "", e.getMessage());
        }
    }

    private static List<Change> all(ChangeLog log, long after, Progress progress) {
        List<Change> out = new ArrayList<>();
        long total = log.last().map(Change::changeId).orElse(0L) - after;
        long from = after;
        while (true) {
            List<Change> page = log.after(from, PAGE);
            out.addAll(page);
            progress.update(out.size(), total);
            checkCancelled(progress);
            if (page.size() < PAGE) {
                return out;
            }
            from = page.get(page.size() - 1).changeId();
        }
    }

    /** The snapshot: for every record its latest change (with its original hash), in changeId order. */
    private static List<Change> latestOfEachRecord(ChangeLog log, Progress progress) {
        Map<UUID, Change> latest = new LinkedHashMap<>();
        for (Change c : all(log, 0, progress)) {
            latest.put(c.entityId(), c);
        }
        List<Change> out = new ArrayList<>(latest.values());
        out.sort(Comparator.comparingLong(Change::changeId));
        return out;
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new RegistryException("sync.service.cancelled");
        }
    }

    /** For the Sync screen: the file a bundle would be checked with, without opening anything else. */
    public static Optional<String> reasonCode(RuntimeException e) {
        return e instanceof RegistryException r && r.key().startsWith("sync.")
                ? Optional.of(r.key().substring("sync.".length())) : Optional.empty();
    }
}
