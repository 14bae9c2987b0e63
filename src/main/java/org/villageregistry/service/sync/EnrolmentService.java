package org.villageregistry.service.sync;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.text.RegistryException;

/**
 * Enrolment both ways (BUNDLE.md "Keys and enrolment"): writes this workstation's enrolment file for the
 * other side, and accepts the other side's file. A township enrols its villages; a village its township and
 * the county. The fingerprints are shown so the two sides can compare them by phone or on paper.
 */
public final class EnrolmentService {
    private static final long MAX_BYTES = 1024 * 1024;

    private final SyncIdentity identity;
    private final Clock clock;
    private final FileWriter writer;

    /** Writes a file atomically into a folder (sync's AtomicFileWriter) and returns where it went. */
    @FunctionalInterface
    public interface FileWriter {
        Path write(Path folder, String name, byte[] content);
    }

    public EnrolmentService(SyncIdentity identity, Clock clock, FileWriter writer) {
        this.identity = identity;
        this.clock = clock;
        this.writer = writer;
    }

    /** What was written: the file and the fingerprints to read out to the other side. */
    public record Exported(Path file, SyncCrypto.KeyFingerprints fingerprints) {
    }

    /** What was enrolled. */
    public record Enrolled(String division, String divisionName, SyncCrypto.KeyFingerprints fingerprints,
                           boolean replacedEarlierKey) {
    }

    public Exported export(Path folder) {
        Permissions.require(identity.register(), Permission.MANAGE_KEYS);
        byte[] keys = identity.keys();
        byte[] file = identity.crypto().enrolmentFile(identity.register().workstation(), keys,
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Path written = writer.write(folder, identity.division() + ".enrol.json", file);
        return new Exported(written, identity.crypto().fingerprints(keys));
    }

    /**
     * Checks another workstation's enrolment file without accepting it, so its fingerprints can be compared
     * with the ones the other side reads out before {@link #importFile} takes it.
     */
    public SyncCrypto.EnrolmentCheck check(Path file) {
        String name = file.getFileName().toString();
        SyncCrypto.EnrolmentCheck check = identity.crypto().readEnrolment(read(file, name), name,
                identity.enrolments());
        requireExpected(check, name);
        return check;
    }

    /**
     * Accepts another workstation's enrolment file. A second first-enrolment for a division already enrolled
     * is refused unless {@code replace} (an administrator re-enrolling it); a key replacement signed by the
     * enrolled old key is accepted.
     */
    public Enrolled importFile(Path file, boolean replace) {
        Permissions.require(identity.register(), Permission.MANAGE_KEYS);
        String name = file.getFileName().toString();
        byte[] bytes = read(file, name);
        SyncCrypto.EnrolmentCheck check = identity.crypto().readEnrolment(bytes, name, identity.enrolments());
        requireExpected(check, name);
        boolean existing = identity.village(check.division()).isPresent();
        if (existing && check.previousKid().isEmpty() && !replace) {
            throw new RegistryException("sync.service.alreadyEnrolled", name, check.divisionName(),
                    check.division());
        }
        Instant now = clock.instant();
        identity.register().transactions().write(() -> {
            identity.register().sync().keys().saveEnrolment(new Enrolment(check.division(), check.divisionName(),
                    check.workstationId(), check.fingerprints().signing(), check.fingerprints().encryption(), bytes,
                    now));
            if (DivisionCode.of(check.division()).level() == DivisionLevel.VILLAGE && identity.isTownship()) {
                identity.register().saveDivision(new Division(DivisionCode.of(check.division()),
                        check.divisionName()));
            }
        });
        return new Enrolled(check.division(), check.divisionName(), check.fingerprints(), existing);
    }

    /** A township takes its own villages; a village its township and its county. */
    private void requireExpected(SyncCrypto.EnrolmentCheck check, String name) {
        DivisionCode own = identity.register().workstation().division();
        DivisionCode other = DivisionCode.of(check.division());
        Function<DivisionCode, Boolean> ok = identity.isTownship()
                ? o -> o.level() == DivisionLevel.VILLAGE && own.contains(o)
                        || o.level() == DivisionLevel.COUNTY && o.contains(own)
                : o -> o.level() != DivisionLevel.VILLAGE && o.contains(own);
        if (!ok.apply(other)) {
            throw new RegistryException("sync.service.enrolOutside", name, check.divisionName(), check.division(),
                    identity.register().workstation().divisionName());
        }
    }

    private static byte[] read(Path file, String name) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new RegistryException("sync.fileTooLarge", name, 1);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegistryException(e, "sync.readFailed", name);
        }
    }
}
