package org.villageregistry.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.service.sync.SyncCrypto;
import org.villageregistry.service.sync.SyncCrypto.Contents;
import org.villageregistry.sync.bundle.BundleKind;
import org.villageregistry.sync.bundle.BundleLimits;
import org.villageregistry.sync.bundle.BundleMetadata;
import org.villageregistry.sync.bundle.BundleOrder;
import org.villageregistry.sync.bundle.BundleReader;
import org.villageregistry.sync.bundle.BundleVerifier;
import org.villageregistry.sync.bundle.BundleWriter;
import org.villageregistry.sync.bundle.ChainAnchor;
import org.villageregistry.sync.bundle.OriginProgress;
import org.villageregistry.sync.bundle.SequenceCheck;
import org.villageregistry.sync.bundle.SignedDocuments;
import org.villageregistry.sync.bundle.VerifiedBundle;
import org.villageregistry.sync.bundle.WrittenBundle;
import org.villageregistry.sync.enrol.EnrolledOrigin;
import org.villageregistry.sync.enrol.EnrolledOrigins;
import org.villageregistry.sync.enrol.EnrolmentFile;
import org.villageregistry.sync.enrol.EnrolmentReader;
import org.villageregistry.sync.keys.Fingerprint;
import org.villageregistry.sync.keys.WorkstationKeys;

/** The service's {@link SyncCrypto} with JOSE (Nimbus) as BUNDLE.md and decision record 0003 describe it. */
public final class JoseSyncCrypto implements SyncCrypto {
    private final BundleLimits limits;
    private final ZoneId zone;
    private final Map<String, EnrolledOrigin> accepted = new ConcurrentHashMap<>();

    public JoseSyncCrypto() {
        this(BundleLimits.defaults(), ZoneId.systemDefault());
    }

    public JoseSyncCrypto(BundleLimits limits, ZoneId zone) {
        this.limits = limits;
        this.zone = zone;
    }

    @Override
    public byte[] newKeys() {
        return WorkstationKeys.generate().toBytes();
    }

    @Override
    public KeyFingerprints fingerprints(byte[] keys) {
        WorkstationKeys k = WorkstationKeys.fromBytes(keys);
        return fingerprints(k.signingFingerprint(), k.encryptionFingerprint());
    }

    private static KeyFingerprints fingerprints(Fingerprint signing, Fingerprint encryption) {
        return new KeyFingerprints(signing.thumbprint(), encryption.thumbprint(), signing.display(),
                encryption.display());
    }

    @Override
    public byte[] enrolmentFile(WorkstationInfo self, byte[] keys, Instant createdAt) {
        return EnrolmentFile.create(self, WorkstationKeys.fromBytes(keys), createdAt);
    }

    @Override
    public EnrolmentCheck readEnrolment(byte[] file, String fileName, List<Enrolment> known) {
        EnrolledOrigin o = EnrolmentReader.read(file, fileName, origins(known));
        return new EnrolmentCheck(o.division().value(), o.divisionName(), o.workstationId(),
                fingerprints(o.signingFingerprint(), o.encryptionFingerprint()), o.createdAt(),
                o.previousKey().map(Fingerprint::thumbprint));
    }

    @Override
    public BundleInfo verifyBundle(Path file, List<Enrolment> enrolled) {
        return info(new BundleVerifier(origins(enrolled), limits).verify(file));
    }

    @Override
    public OpenedBundle openBundle(Path file, List<Enrolment> enrolled, String audience, byte[] ownKeys) {
        BundleReader reader = new BundleReader(origins(enrolled), DivisionCode.of(audience),
                WorkstationKeys.fromBytes(ownKeys), limits);
        VerifiedBundle bundle = reader.open(file);
        BundleInfo info = info(bundle);
        return new OpenedBundle() {
            /** What {@link #decryptAhead} found: the checked contents, or why they were refused. */
            private volatile BundleReader.Contents decrypted;
            private volatile RuntimeException refused;

            @Override
            public BundleInfo info() {
                return info;
            }

            @Override
            public byte[] fileContent() {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new SyncException(e, SyncProblem.READ_FAILED, info.fileName());
                }
            }

            @Override
            public SequenceVerdict sequence(long lastApplied, Set<UUID> importedBundles) {
                SequenceCheck.Verdict v = SequenceCheck.check(bundle.metadata(), info.originName(), info.fileName(),
                        new OriginProgress(lastApplied, importedBundles));
                return new SequenceVerdict(SequenceVerdict.Outcome.valueOf(v.outcome().name()),
                        v.firstNewChangeId(), v.message());
            }

            @Override
            public void decryptAhead() {
                try {
                    decrypted = reader.unanchored(bundle);
                } catch (RuntimeException e) {
                    refused = e;
                }
            }

            @Override
            public Contents contents(long anchorChangeId, Optional<String> anchorHash) {
                BundleReader.Contents c = decrypted;
                if (c == null) {
                    if (refused != null) {
                        throw refused;
                    }
                    c = reader.unanchored(bundle);
                }
                reader.anchored(c, bundle, new ChainAnchor(anchorChangeId, anchorHash));
                decrypted = null; // applied once; not kept for the rest of the import
                return new Contents(c.changes(), c.signoffs().stream().map(JsonNode::toString).toList(),
                        c.asReceived()::get);
            }
        };
    }

    @Override
    public WrittenBundle writeBundle(Path folder, BundleRequest r, byte[] keys, List<Enrolment> recipients) {
        List<EnrolledOrigin> to = new ArrayList<>();
        recipients.forEach(e -> to.add(origin(e)));
        BundleOrder order = new BundleOrder(r.origin(), DivisionCode.of(r.audience()), r.sequence(),
                r.snapshot() ? BundleKind.SNAPSHOT : BundleKind.CHANGES, 1, r.changes(), r.chainHead(),
                r.createdAt(), to, r.signoffs().stream().map(JoseSyncCrypto::tree).toList());
        org.villageregistry.sync.bundle.WrittenBundle written =
                new BundleWriter(WorkstationKeys.fromBytes(keys), zone).write(folder, order);
        return new SyncCrypto.WrittenBundle(written.file(), info(written, r.origin(), keys));
    }

    @Override
    public byte[] signDocument(String type, Map<String, Object> header, byte[] payload, byte[] keys,
                               List<Enrolment> encryptTo) {
        return SignedDocuments.sign(type, header, payload, WorkstationKeys.fromBytes(keys),
                encryptTo.stream().map(this::origin).toList());
    }

    @Override
    public SignedDocument readDocument(byte[] file, String fileName, String type, List<Enrolment> trusted,
                                       byte[] ownKeys) {
        SignedDocuments.Opened o = SignedDocuments.open(file, fileName, type, origins(trusted),
                WorkstationKeys.fromBytes(ownKeys));
        Map<String, Object> header = new LinkedHashMap<>();
        o.vreg().fields().forEachRemaining(e -> header.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        return new SignedDocument(header, o.payload(), o.signer().division().value(), o.encrypted());
    }

    private EnrolledOrigins origins(List<Enrolment> enrolments) {
        return EnrolledOrigins.of(enrolments.stream().map(this::origin).toList());
    }

    private EnrolledOrigin origin(Enrolment e) {
        return accepted.computeIfAbsent(e.signingKid() + ":" + e.division(),
                k -> EnrolmentReader.readAccepted(e.file(), EnrolmentFile.fileName(DivisionCode.of(e.division()))));
    }

    private static BundleInfo info(VerifiedBundle b) {
        BundleMetadata m = b.metadata();
        return info(m, b.fileName(), b.fileBytes(), b.signer().divisionName(), b.signerFingerprint().thumbprint());
    }

    private static BundleInfo info(org.villageregistry.sync.bundle.WrittenBundle w, WorkstationInfo origin,
                                   byte[] keys) {
        return info(w.metadata(), w.fileName(), w.bytes(), origin.divisionName(),
                WorkstationKeys.fromBytes(keys).signingFingerprint().thumbprint());
    }

    private static BundleInfo info(BundleMetadata m, String fileName, long bytes, String originName, String kid) {
        return new BundleInfo(fileName, bytes, m.bundleId(), m.originDivision().value(), originName,
                m.originWorkstation(), m.audience().value(), m.sequence(), m.changes().from(), m.changes().to(),
                new java.util.TreeMap<>(m.changes().countByEntityType()), m.chainHead(), m.createdAt(),
                m.kind().wireName(), kid, m.signoffs());
    }

    private static JsonNode tree(String json) {
        try {
            return org.villageregistry.service.Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("a submitted month is not JSON", e);
        }
    }
}
