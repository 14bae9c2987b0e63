package org.villageregistry.service.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.workstation.WorkstationInfo;

/**
 * What the sync use cases need from the cryptography (implemented in {@code org.villageregistry.sync} with
 * JOSE: Ed25519 signatures, X25519 + AES-GCM encryption). Every refusal is a {@code RegistryException} whose
 * key is {@code sync.<reason code>} and whose first argument is the file name. Keys travel as opaque bytes.
 */
public interface SyncCrypto {
    /** Fresh Ed25519 and X25519 key pairs, as the secret bytes storage keeps encrypted. */
    byte[] newKeys();

    KeyFingerprints fingerprints(byte[] keys);

    /** This workstation's enrolment file, self-signed. */
    byte[] enrolmentFile(WorkstationInfo self, byte[] keys, Instant createdAt);

    /** Checks an enrolment file (first enrolment, or key replacement signed by a known old key). */
    EnrolmentCheck readEnrolment(byte[] file, String fileName, List<Enrolment> known);

    /** Steps 1–2 of the import without decrypting: limits, format, enrolled key, signature, origin. */
    BundleInfo verifyBundle(Path file, List<Enrolment> enrolled);

    /** As {@link #verifyBundle}, plus the audience check; the result can then be decrypted. */
    OpenedBundle openBundle(Path file, List<Enrolment> enrolled, String audience, byte[] ownKeys);

    /** Seals the changes into a bundle and writes it atomically into the folder, then reads it back. */
    WrittenBundle writeBundle(Path folder, BundleRequest request, byte[] keys, List<Enrolment> recipients);

    /** A signed document (receipt, manifest): JWS with the given {@code typ}; encrypted when recipients given. */
    byte[] signDocument(String type, Map<String, Object> header, byte[] payload, byte[] keys,
                        List<Enrolment> encryptTo);

    /** Verifies a signed document against the trusted signers and decrypts it when it is encrypted. */
    SignedDocument readDocument(byte[] file, String fileName, String type, List<Enrolment> trusted,
                                byte[] ownKeys);

    /**
     * A key fingerprint as people read it out by phone and compare it on paper: the SHA-256 thumbprint in
     * uppercase Crockford base32 (digits and capitals without I, L, O and U, so nothing is mistaken for another
     * character and case never matters), in 13 groups of four: {@code 7K3M 0QX2 …}.
     */
    static String inGroupsOfFour(String thumbprint) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(thumbprint);
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        int written = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                written = append(out, alphabet.charAt((buffer >> (bits - 5)) & 31), written);
                bits -= 5;
            }
        }
        if (bits > 0) {
            append(out, alphabet.charAt((buffer << (5 - bits)) & 31), written);
        }
        return out.toString();
    }

    private static int append(StringBuilder out, char c, int written) {
        if (written > 0 && written % 4 == 0) {
            out.append(' ');
        }
        out.append(c);
        return written + 1;
    }

    record KeyFingerprints(String signing, String encryption, String signingDisplay, String encryptionDisplay) {
    }

    /** An enrolment file that passed its checks. */
    record EnrolmentCheck(String division, String divisionName, UUID workstationId, KeyFingerprints fingerprints,
                          Instant createdAt, Optional<String> previousKid) {
    }

    /** The signed metadata of a bundle (BUNDLE.md {@code vreg} header) and who signed it. */
    record BundleInfo(String fileName, long fileBytes, UUID bundleId, String origin, String originName,
                      UUID originWorkstation, String audience, long sequence, long fromChange, long toChange,
                      Map<String, Integer> counts, String chainHead, Instant createdAt, String kind,
                      String signerFingerprint, List<String> signoffPeriods) {
        /** The signer's key fingerprint as people compare it: Crockford base32 in groups of four. */
        public String signerFingerprintDisplay() {
            return inGroupsOfFour(signerFingerprint);
        }
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A verified bundle addressed to this workstation, still encrypted. */
    interface OpenedBundle {
        BundleInfo info();

        byte[] fileContent();

        /** Step 3–4: what to do given what was applied from this origin before. */
        SequenceVerdict sequence(long lastAppliedChangeId, java.util.Set<UUID> importedBundles);

        /** Step 5: decrypts, checks every hash and the chain from the last applied change of this origin. */
        default List<Change> decrypt(long anchorChangeId, Optional<String> anchorHash) {
            return contents(anchorChangeId, anchorHash).changes();
        }

        /** As {@link #decrypt}, with the months the bundle submits for sign-off (JSON objects as text). */
        Contents contents(long anchorChangeId, Optional<String> anchorHash);

        /**
         * Does now, on the calling thread, the part of {@link #contents} that does not depend on what was applied
         * before (decrypt, inflate, every hash, the chain inside the bundle), so that a second thread can prepare
         * the next bundle while one is applied. Never throws: a bundle it refuses is refused by {@link #contents},
         * with the same reason, if the import gets that far. Without it, {@link #contents} does all the work.
         */
        default void decryptAhead() {
        }
    }

    /**
     * What a bundle carries, decrypted and checked; {@code asReceived} gives a change's own bytes as the bundle
     * carries them (one JSON line, UTF-8), or null when they are not known.
     */
    record Contents(List<Change> changes, List<String> signoffs,
                    java.util.function.Function<Change, byte[]> asReceived) {
        public Contents(List<Change> changes, List<String> signoffs) {
            this(changes, signoffs, c -> null);
        }
    }

    /** The sequence check's answer, with its message already in the user's language. */
    record SequenceVerdict(Outcome outcome, long firstNewChangeId, String message) {
        /** What to do with the bundle. */
        public enum Outcome { APPLY, ALREADY_IMPORTED, GAP }
    }

    /** What the export asks to be sealed. */
    record BundleRequest(WorkstationInfo origin, String audience, long sequence, boolean snapshot,
                         List<Change> changes, String chainHead, Instant createdAt, List<String> signoffs) {
        /** Changes only, no month submitted for sign-off. */
        public BundleRequest(WorkstationInfo origin, String audience, long sequence, boolean snapshot,
                             List<Change> changes, String chainHead, Instant createdAt) {
            this(origin, audience, sequence, snapshot, changes, chainHead, createdAt, List.of());
        }
    }

    /** A bundle written under its final name and verified. */
    record WrittenBundle(Path file, BundleInfo info) {
    }

    /** A verified signed document: its protected header, payload (decrypted) and signer's division. */
    record SignedDocument(Map<String, Object> header, byte[] payload, String signerDivision, boolean encrypted) {
    }
}
