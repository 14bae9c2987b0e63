package org.villageregistry.county.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.county.store.BundleLineage;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.county.store.InboxItem;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.Json;
import org.villageregistry.service.sync.ConflictService;
import org.villageregistry.service.sync.ReceiptService;
import org.villageregistry.service.sync.SyncCrypto;
import org.villageregistry.service.sync.TownshipReportSeal;
import org.villageregistry.service.sync.UploadService;

/**
 * {@code POST /bundles} (COUNTY.md "Trust"): the township's signed upload manifest authenticates it; the raw
 * bytes go into the inbox first; a village bundle is then verified against the village's key, decrypted with the
 * county's key and applied in one transaction that holds its inbox row. The answer is a county-signed receipt,
 * the same one for every later delivery of the same bytes (200); other bytes under the same id are a 409.
 */
public final class IntakeService {
    private final SyncCrypto crypto;
    private final CountyStore store;
    private final Clock clock;
    private final String county;
    private final byte[] keys;
    private final long maxBytes;
    private final TownshipDecisions decisions;

    public IntakeService(SyncCrypto crypto, CountyStore store, Clock clock, String county, byte[] keys,
                         long maxBytes) {
        this.crypto = crypto;
        this.store = store;
        this.clock = clock;
        this.county = county;
        this.keys = keys;
        this.maxBytes = maxBytes;
        this.decisions = new TownshipDecisions(crypto, store, keys);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The township's manifest, checked: who sent what. */
    private record Manifest(UUID itemId, String township, String kind, String fileName, String sha256,
                            Optional<String> village, Optional<byte[]> villageEnrolment,
                            Map<Long, CountyApplier.HeldBack> held) {
    }

    public Reply receive(byte[] body, String manifestHeader) {
        if (body.length > maxBytes) {
            return Reply.text(413, Messages.get(Messages.CHINESE, "county.intake.tooLarge", maxBytes / (1024 * 1024)));
        }
        Manifest m;
        try {
            m = manifest(manifestHeader);
        } catch (CountyStore.DatabaseUnavailable e) {
            return Reply.text(503, Messages.get(Messages.CHINESE, "county.intake.databaseDown"));
        } catch (RegistryException e) {
            return Reply.text(401, e.getMessage());
        }
        if (!m.sha256().equals(UploadService.sha256(body))) {
            return Reply.text(400, Messages.get(Messages.CHINESE, "county.intake.notTheBytes", m.fileName()));
        }
        if (m.village().isPresent() && !DivisionCode.of(m.township()).contains(DivisionCode.of(m.village().get()))) {
            return Reply.text(403, Messages.get(Messages.CHINESE, "county.intake.villageOutside", m.village().get(),
                    m.township()));
        }
        try {
            return keepAndProcess(body, manifestHeader, m);
        } catch (CountyStore.DatabaseUnavailable e) {
            return Reply.text(503, Messages.get(Messages.CHINESE, "county.intake.databaseDown"));
        }
    }

    /**
     * Keeps the upload in the inbox, then applies it. A delivery of an item id already held is answered from it
     * (409 for other bytes); the same bytes the township sent before under another id get that item's receipt.
     * Deliveries at once meet at the inbox's unique keys: one inserts, the others find what it inserted.
     */
    private Reply keepAndProcess(byte[] body, String manifestHeader, Manifest m) {
        Optional<InboxItem> held = store.inboxItem(m.itemId());
        if (held.isEmpty()) {
            Optional<InboxItem> sameBytes = store.inboxBySha256(m.township(), m.sha256());
            if (sameBytes.isEmpty() && store.addToInbox(new InboxItem(m.itemId(), m.sha256(), m.township(),
                    m.village(), m.kind(), m.fileName(), body, Base64.getUrlDecoder().decode(manifestHeader),
                    clock.instant(), Optional.empty(), Optional.empty(), Optional.empty()))) {
                return process(m.itemId(), m);
            }
            held = store.inboxItem(m.itemId());
            if (held.isEmpty()) {
                InboxItem before = sameBytes.or(() -> store.inboxBySha256(m.township(), m.sha256()))
                        .orElseThrow(() -> new IllegalStateException("inbox refused item " + m.itemId()
                                + " but holds neither it nor its bytes"));
                return process(before.itemId(), m);
            }
        }
        if (!held.get().sha256().equals(m.sha256())) {
            return Reply.text(409, Messages.get(Messages.CHINESE, "county.intake.otherBytes", m.fileName()));
        }
        return process(m.itemId(), m);
    }

    private Manifest manifest(String header) {
        if (header == null || header.isBlank()) {
            throw new RegistryException("county.intake.noManifest");
        }
        byte[] signed;
        try {
            signed = Base64.getUrlDecoder().decode(header.strip());
        } catch (IllegalArgumentException e) {
            throw new RegistryException("county.intake.noManifest");
        }
        List<Enrolment> townships = store.enrolments().stream()
                .filter(e -> DivisionCode.of(e.division()).level() == DivisionLevel.TOWNSHIP).toList();
        SyncCrypto.SignedDocument doc;
        try {
            doc = crypto.readDocument(signed, "manifest", UploadService.UPLOAD_TYPE, townships, keys);
        } catch (RegistryException e) {
            throw new RegistryException(e, "county.intake.unknownTownship", e.getMessage());
        }
        JsonNode p;
        try {
            p = Json.mapper().readTree(doc.payload());
        } catch (IOException e) {
            throw new RegistryException(e, "county.intake.noManifest");
        }
        String township = p.path("township").asText("");
        if (!township.equals(doc.signerDivision()) || !UploadService.UPLOAD_FORMAT.equals(p.path("format").asText())) {
            throw new RegistryException("county.intake.unknownTownship", doc.signerDivision());
        }
        try {
            return new Manifest(UUID.fromString(p.path("itemId").asText()), township, p.path("kind").asText(),
                    p.path("fileName").asText(), p.path("sha256").asText(),
                    p.hasNonNull("village") ? Optional.of(p.get("village").asText()) : Optional.empty(),
                    p.hasNonNull("villageEnrolment")
                            ? Optional.of(Base64.getDecoder().decode(p.get("villageEnrolment").asText()))
                            : Optional.empty(), held(p.path("held")));
        } catch (IllegalArgumentException e) {
            throw new RegistryException(e, "county.intake.noManifest");
        }
    }

    /** What the township held back of a bundle, as its signed manifest says (none when it does not say). */
    private static Map<Long, CountyApplier.HeldBack> held(JsonNode held) {
        Map<Long, CountyApplier.HeldBack> out = new LinkedHashMap<>();
        for (JsonNode h : held) {
            if (!h.path("changeId").canConvertToLong() || h.path("reasonCode").asText("").isBlank()) {
                throw new IllegalArgumentException("a held change without its number or reason");
            }
            String code = h.get("reasonCode").asText();
            String reason = Messages.get(Messages.CHINESE, "syncui.reason." + code);
            out.put(h.get("changeId").asLong(), new CountyApplier.HeldBack(h.get("changeId").asLong(), code,
                    Messages.get(Messages.CHINESE, "county.intake.heldByTownship",
                            reason.startsWith("syncui.") ? code : reason)));
        }
        return out;
    }

    /**
     * Applies the inbox item once (others wait on its row) and answers 201, or gives the receipt it already has
     * with 200: of deliveries at once, the one that applies it gets the 201, whichever stored the bytes.
     */
    private Reply process(UUID itemId, Manifest m) {
        return store.processing(itemId, (item, tx) -> {
            if (item.receipt().isPresent() && !"refused".equals(item.outcome().orElse(""))) {
                return new Reply(200, item.receipt().get(), Reply.JOSE);
            }
            Instant now = clock.instant();
            Outcome outcome;
            try {
                outcome = switch (item.kind()) {
                    case "bundle" -> applyBundle(item, m, tx, now);
                    case ConflictService.OUTBOX_KIND -> decisions.apply(item, tx, now);
                    case TownshipReportSeal.OUTBOX_KIND -> decisions.keepMonthlyReport(item, tx);
                    default -> Outcome.kept();
                };
            } catch (CountyStore.DatabaseUnavailable e) {
                throw e;
            } catch (RegistryException e) {
                outcome = Outcome.refused(e.getMessage());
            }
            byte[] receipt = receipt(item, outcome, now);
            tx.finish(item.itemId(), outcome.name, outcome.message, outcome.applied, outcome.quarantined.size(),
                    receipt, now);
            if (outcome.name.equals("refused")) {
                return Reply.text(422, outcome.message);
            }
            return new Reply(201, receipt, Reply.JOSE);
        });
    }

    /** What came of one upload. */
    record Outcome(String name, String message, int applied, List<Map<String, Object>> quarantined) {
        static Outcome kept() {
            return new Outcome("kept", "", 0, List.of());
        }

        static Outcome refused(String message) {
            return new Outcome("refused", message, 0, List.of());
        }
    }

    private Outcome applyBundle(InboxItem item, Manifest m, org.villageregistry.county.store.CountyTransaction tx,
                                Instant now) {
        String village = m.village().orElseThrow(() -> new RegistryException("county.intake.noVillage",
                item.fileName()));
        Enrolment villageKey = villageEnrolment(village, m, now);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("vreg-county-intake");
            Path file = Files.write(folder.resolve(safeName(item.fileName())), item.body());
            SyncCrypto.OpenedBundle bundle = crypto.openBundle(file, List.of(villageKey), item.township(), keys);
            SyncCrypto.BundleInfo info = bundle.info();
            if (!info.origin().equals(village)) {
                throw new RegistryException("county.intake.villageOutside", info.origin(), item.township());
            }
            var progress = tx.progress(village);
            SyncCrypto.SequenceVerdict verdict = bundle.sequence(progress.lastChangeId(), progress.importedBundles());
            if (verdict.outcome() == SyncCrypto.SequenceVerdict.Outcome.ALREADY_IMPORTED) {
                return new Outcome("already", verdict.message(), 0, List.of());
            }
            if (verdict.outcome() == SyncCrypto.SequenceVerdict.Outcome.GAP) {
                throw new RegistryException("county.intake.gap", verdict.message());
            }
            List<Change> changes = bundle.decrypt(progress.lastChangeId(), progress.lastHash()).stream()
                    .filter(c -> c.changeId() >= verdict.firstNewChangeId()).toList();
            boolean snapshot = "snapshot".equals(info.kind());
            CountyApplier applier = new CountyApplier(village, item.township(), snapshot,
                    LocalDate.ofInstant(now, clock.getZone()), m.held());
            applier.applyAll(changes, tx);
            Change last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
            if (last != null) {
                BundleLineage lineage = new BundleLineage(info.bundleId(), village, item.township(), info.sequence(),
                        info.fromChange(), info.toChange(), info.kind(), info.signerFingerprint(), now,
                        info.createdAt());
                tx.transfers(lineage, applier.arrived(), applier.oldVillageHistory());
                tx.apply(lineage, snapshot, applier.applied(), applier.quarantined(), last);
            }
            List<Map<String, Object>> q = applier.quarantined().stream().map(x -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("changeId", x.change().changeId());
                row.put("entityId", x.change().entityId().toString());
                row.put("reasonCode", x.reasonCode());
                row.put("message", x.message());
                return row;
            }).toList();
            return new Outcome("applied", "", applier.applied().size() + applier.oldVillageHistory().size(), q);
        } catch (IOException e) {
            throw new RegistryException(e, "county.intake.tempFailed", String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The village's key: enrolled before, or forwarded now in the township's signed manifest. */
    private Enrolment villageEnrolment(String village, Manifest m, Instant now) {
        List<Enrolment> known = store.enrolments();
        Optional<Enrolment> held = known.stream().filter(e -> e.division().equals(village)).findFirst();
        if (m.villageEnrolment().isPresent()) {
            byte[] file = m.villageEnrolment().get();
            String name = village + ".enrol.json";
            SyncCrypto.EnrolmentCheck check = crypto.readEnrolment(file, name,
                    held.map(List::of).orElse(List.of()));
            if (!check.division().equals(village)) {
                throw new RegistryException("county.intake.villageOutside", check.division(), m.township());
            }
            if (held.isEmpty() || !held.get().signingKid().equals(check.fingerprints().signing())) {
                if (held.isPresent() && check.previousKid().isEmpty()) {
                    return held.get(); // a second first-enrolment does not replace a key: the bundle must match the held one
                }
                Enrolment e = new Enrolment(check.division(), check.divisionName(), check.workstationId(),
                        check.fingerprints().signing(), check.fingerprints().encryption(), file, now);
                store.saveEnrolment(e, m.township());
                return e;
            }
        }
        return held.orElseThrow(() -> new RegistryException("county.intake.villageUnknown", village));
    }

    private byte[] receipt(InboxItem item, Outcome outcome, Instant now) {
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("format", "vreg-county-receipt/1");
        r.put("county", county);
        r.put("township", item.township());
        r.put("itemId", item.itemId().toString());
        r.put("fileName", item.fileName());
        r.put("sha256", item.sha256());
        r.put("outcome", outcome.name);
        r.put("applied", outcome.applied);
        r.set("quarantined", Json.mapper().valueToTree(outcome.quarantined));
        r.put("receivedAt", item.receivedAt().toString());
        r.put("createdAt", now.toString());
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", "vreg-county-receipt/1");
        header.put("issuer", county);
        header.put("audience", item.township());
        header.put("itemId", item.itemId().toString());
        header.put("createdAt", now.toString());
        return crypto.signDocument(ReceiptService.RECEIPT_TYPE, header,
                r.toString().getBytes(StandardCharsets.UTF_8), keys, List.of());
    }

    private static String safeName(String fileName) {
        String name = Path.of(fileName.isBlank() ? "upload.vrb.json" : fileName).getFileName().toString();
        return name.startsWith(".") ? "upload" + name : name;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a temporary folder left behind is cleaned by the system
        }
    }
}
