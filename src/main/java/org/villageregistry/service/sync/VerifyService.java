package org.villageregistry.service.sync;

import java.nio.file.Path;
import java.util.Optional;
import org.villageregistry.domain.sync.SyncRecords.OriginProgress;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;

/**
 * {@code vreg verify FILE}: checks a bundle's signature and metadata without decrypting it, against the
 * workstations enrolled here, and says who sent it, what range it holds and when it was made.
 */
public final class VerifyService {
    private final SyncIdentity identity;

    public VerifyService(SyncIdentity identity) {
        this.identity = identity;
    }

    /** Valid with the bundle's metadata, or invalid with the reason code and the message. */
    public record Verdict(Path file, Optional<SyncCrypto.BundleInfo> info, Optional<String> reasonCode,
                          Optional<String> message) {
        public boolean valid() {
            return info.isPresent();
        }
    }

    /**
     * For a valid bundle checked at a township: when it is addressed to another township, what to tell the clerk
     * (it is genuine, but this township cannot import it). Empty when it is addressed here, or at a village.
     */
    public Optional<String> addressedElsewhere(Verdict verdict) {
        if (!identity.isTownship()) {
            return Optional.empty();
        }
        return verdict.info().filter(i -> !i.audience().equals(identity.division()))
                .map(i -> Messages.get("cli.verify.otherTownship", i.audience(), identity.division()));
    }

    /**
     * Whether a verified bundle was taken in here before (its id, or every change up to its last one): the
     * message the import would give, so the clerk learns it when she chooses the file, not after 导入.
     */
    public Optional<String> alreadyImported(SyncCrypto.BundleInfo info) {
        OriginProgress progress = identity.register().sync().intake().progress(info.origin());
        boolean taken = progress.importedBundles().contains(info.bundleId());
        if (!taken && (info.toChange() > progress.lastChangeId() || !info.signoffPeriods().isEmpty())) {
            return Optional.empty();   // new changes, or months submitted that the import still takes
        }
        return Optional.of(Messages.get("sync.sequence.alreadyImported", info.fileName(), info.originName(),
                String.valueOf(info.sequence()), String.valueOf(info.fromChange()), String.valueOf(info.toChange())));
    }

    public Verdict verify(Path file) {
        try {
            return new Verdict(file, Optional.of(identity.crypto().verifyBundle(file, identity.enrolments())),
                    Optional.empty(), Optional.empty());
        } catch (RegistryException e) {
            return new Verdict(file, Optional.empty(), ExportService.reasonCode(e).or(() -> Optional.of(e.key())),
                    Optional.of(e.getMessage()));
        }
    }
}
