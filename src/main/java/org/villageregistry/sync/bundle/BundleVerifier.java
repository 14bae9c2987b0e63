package org.villageregistry.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.villageregistry.sync.FlattenedJws;
import org.villageregistry.sync.SafeJson;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;
import org.villageregistry.sync.enrol.EnrolledOrigin;
import org.villageregistry.sync.enrol.EnrolledOrigins;

/**
 * Steps 1 and 2 of BUNDLE.md "Import", without decrypting and without any database: size, well-formed JSON
 * within limits, known format, enrolled key, valid signature, header origin equal to the key's enrolment.
 * This is all of {@code vreg verify FILE}; the township's {@link BundleReader} adds the audience check.
 */
public final class BundleVerifier {
    private final EnrolledOrigins enrolled;
    private final BundleLimits limits;
    private final SafeJson json;

    public BundleVerifier(EnrolledOrigins enrolled, BundleLimits limits) {
        this.enrolled = enrolled;
        this.limits = limits;
        this.json = new SafeJson(limits.maxFileBytes());
    }

    public VerifiedBundle verify(Path file) {
        String name = file.getFileName().toString();
        long size = sizeWithinLimit(file, name);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SyncException(e, SyncProblem.READ_FAILED, name);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new SyncException(SyncProblem.FILE_TOO_LARGE, name, limits.maxFileBytes() / BundleLimits.MIB);
        }
        JsonNode root = json.parse(bytes, name);
        bytes = null; // the file can be large; the parsed tree is all we need from here on
        FlattenedJws.Parsed jws = FlattenedJws.parse(json, root, BundleHeader.TYPE, name);
        BundleHeader.checkFormat(jws.header(), name);
        EnrolledOrigin signer = enrolled.bySigningKey(jws.kid())
                .orElseThrow(() -> new SyncException(SyncProblem.UNKNOWN_KEY, name));
        if (!FlattenedJws.verify(jws, signer.signingKey())) {
            throw new SyncException(SyncProblem.BAD_SIGNATURE, name);
        }
        BundleMetadata metadata = BundleHeader.fromJson(jws.header(), name);
        if (!metadata.originDivision().equals(signer.division())
                || !metadata.originWorkstation().equals(signer.workstationId())) {
            throw new SyncException(SyncProblem.ORIGIN_MISMATCH, name, metadata.originDivision().value(),
                    signer.divisionName(), signer.division().value());
        }
        return new VerifiedBundle(file, size, metadata, signer, jws);
    }

    private long sizeWithinLimit(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new SyncException(SyncProblem.FILE_TOO_LARGE, name, limits.maxFileBytes() / BundleLimits.MIB);
            }
            return size;
        } catch (IOException e) {
            throw new SyncException(e, SyncProblem.READ_FAILED, name);
        }
    }
}
