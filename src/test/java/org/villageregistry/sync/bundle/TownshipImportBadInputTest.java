package org.villageregistry.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.change.ChangeHash;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.sync.ImportService.Outcome;
import org.villageregistry.storage.TestStores;
import org.villageregistry.sync.SafeJson;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.sync.SyncWorldTest;
import org.villageregistry.sync.enrol.EnrolledOrigin;
import org.villageregistry.sync.keys.WorkstationKeys;

/**
 * Every bad file of the issue, imported at 城关镇 through the import service: each is refused with a Chinese
 * message naming the file, and the township's database is exactly as it was (all tables, change log head).
 */
class TownshipImportBadInputTest extends SyncWorldTest {
    Path good;
    String before;

    @BeforeEach
    void townshipWithOneBundleImported() throws Exception {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.addPerson("李建国", Sex.MALE, LocalDate.of(1988, 5, 3));
        Path first = world.willow.exportTo(world.stick, false);
        assertThat(world.township.sync.imports().importOne(first).status()).isEqualTo(ImportService.Status.IMPORTED);
        world.willow.addPerson("赵小红", Sex.FEMALE, LocalDate.of(2001, 2, 2));
        good = world.willow.exportTo(Files.createDirectories(temp.resolve("next")), false);
        before = TestStores.dump(world.township.register);
    }

    private Outcome refused(Path file) {
        Outcome outcome = world.township.sync.imports().importOne(file);
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ImportService.Status.REFUSED);
        assertThat(outcome.message()).contains(file.getFileName().toString());
        assertThat(TestStores.dump(world.township.register)).as("township database unchanged").isEqualTo(before);
        return outcome;
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(world.stick.resolve(name), content);
    }

    private WorkstationKeys keysOf(SyncWorld.Station s) {
        return WorkstationKeys.fromBytes(s.register.sync().keys().workstationKeys().orElseThrow());
    }

    private EnrolledOrigin townshipAsRecipient() {
        WorkstationKeys k = keysOf(world.township);
        return new EnrolledOrigin(DivisionCode.of(world.township.code()), "城关镇", UUID.randomUUID(),
                k.publicSigningKey(), k.publicEncryptionKey(), Instant.now(), Optional.empty());
    }

    private List<Change> willowChanges() {
        return world.willow.register.changes().after(0, 100);
    }

    private Path bundle(SyncWorld.Station signer, WorkstationInfo origin, String audience, List<Change> changes)
            throws Exception {
        BundleOrder order = new BundleOrder(origin, DivisionCode.of(audience), 9, BundleKind.CHANGES, 1, changes,
                changes.get(changes.size() - 1).hash(), SyncWorld.CLOCK.instant(), List.of(townshipAsRecipient()));
        return new BundleWriter(keysOf(signer), SyncWorld.CLOCK.getZone()).write(
                Files.createDirectories(temp.resolve("crafted-" + UUID.randomUUID())), order).file();
    }

    @Test
    void aTruncatedBundleIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        assertThat(refused(write("cut.vrb.json", Arrays.copyOf(bytes, bytes.length / 2))).reasonCode())
                .contains("notJson");
    }

    @Test
    void aFlippedByteAnywhereIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        for (int i = 0; i < 24; i++) {
            int position = (int) ((long) bytes.length * i / 24);
            byte[] flipped = bytes.clone();
            flipped[position] ^= 0x04;
            refused(write("flip" + i + ".vrb.json", flipped));
        }
    }

    @Test
    void aBundleFromAVillageNobodyEnrolledIsRefused() throws Exception {
        WorkstationInfo stranger = new WorkstationInfo(UUID.randomUUID(), WorkstationRole.VILLAGE,
                DivisionCode.of("410103100009"), "外村", Instant.now());
        WorkstationKeys keys = WorkstationKeys.generate();
        List<Change> changes = SampleChanges.of("410103100009", 1, 2);
        BundleOrder order = new BundleOrder(stranger, DivisionCode.of(world.township.code()), 1, BundleKind.CHANGES,
                1, changes, changes.get(1).hash(), Instant.now(), List.of(townshipAsRecipient()));
        Path file = new BundleWriter(keys, SyncWorld.CLOCK.getZone()).write(world.stick, order).file();
        assertThat(refused(file).reasonCode()).contains("unknownKey");
    }

    @Test
    void anotherVillagesKeyCannotSpeakForThisVillage() throws Exception {
        assertThat(refused(bundle(world.poplar, world.willow.register.workstation(), world.township.code(),
                willowChanges())).reasonCode()).contains("originMismatch");
    }

    @Test
    void aBundleForAnotherTownshipIsRefused() throws Exception {
        assertThat(refused(bundle(world.willow, world.willow.register.workstation(), "410103200",
                willowChanges())).reasonCode()).contains("wrongAudience");
    }

    @Test
    void aGapInTheChangesIsRefusedWithWhatIsMissing() throws Exception {
        world.willow.addPerson("孙丽", Sex.FEMALE, LocalDate.of(1995, 3, 3));
        List<Change> all = willowChanges();
        Outcome outcome = refused(bundle(world.willow, world.willow.register.workstation(), world.township.code(),
                all.subList(3, 4)));
        assertThat(outcome.message()).contains("第 3–3 号变更缺失");
    }

    @Test
    void aChangeThatDoesNotLinkToWhatTheTownshipHoldsBreaksTheChain() throws Exception {
        Change third = willowChanges().get(2);
        Change unlinked = new Change(third.changeId(), third.origin(), third.entityType(), third.entityId(),
                third.baseVersion(), third.version(), third.op(), third.stateJson(), third.author(), third.at(),
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null);
        Change rehashed = new Change(unlinked.changeId(), unlinked.origin(), unlinked.entityType(),
                unlinked.entityId(), unlinked.baseVersion(), unlinked.version(), unlinked.op(), unlinked.stateJson(),
                unlinked.author(), unlinked.at(), unlinked.prev(), ChangeHash.of(unlinked));
        assertThat(refused(bundle(world.willow, world.willow.register.workstation(), world.township.code(),
                List.of(rehashed))).reasonCode()).contains("brokenChain");
    }

    private Path signedByWillow(String name, String format, byte[] plaintext) throws Exception {
        List<Change> changes = willowChanges();
        BundleMetadata m = new BundleMetadata(format, UUID.randomUUID(), DivisionCode.of(world.willow.code()),
                world.willow.register.workstation().workstationId(), DivisionCode.of(world.township.code()), 5,
                new ChangeRange(3, 3, java.util.Map.of("person", 1)), changes.get(2).hash(),
                SyncWorld.CLOCK.instant(), 1, BundleKind.CHANGES);
        ObjectNode vreg = BundleHeader.toJson(new SafeJson(1024), m);
        byte[] content = new BundleWriter(keysOf(world.willow), SyncWorld.CLOCK.getZone())
                .seal(vreg, plaintext, List.of(keysOf(world.township).publicEncryptionKey()));
        return write(name, content);
    }

    @Test
    void aDecompressionBombIsStopped() throws Exception {
        byte[] bomb = BadBundleTest.decompressionBomb(120);
        assertThat(refused(signedByWillow("bomb.vrb.json", BundleMetadata.FORMAT, bomb)).reasonCode())
                .contains("decompressedTooLarge");
    }

    @Test
    void jsonNestedTenThousandDeepIsRefused() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(refused(write("deep.vrb.json", deep.getBytes(StandardCharsets.US_ASCII))).reasonCode())
                .contains("tooDeep");
        assertThat(refused(signedByWillow("deep-inside.vrb.json", BundleMetadata.FORMAT,
                ("{\"changes\":" + deep + "}").getBytes(StandardCharsets.US_ASCII))).reasonCode()).contains("tooDeep");
    }

    @Test
    void anUnknownFormatVersionIsRefused() throws Exception {
        Outcome outcome = refused(signedByWillow("future.vrb.json", "vreg-bundle/2",
                "{\"changes\":[]}".getBytes(StandardCharsets.US_ASCII)));
        assertThat(outcome.message()).contains("vreg-bundle/2");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws Exception {
        Path huge = world.stick.resolve("huge.vrb.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(BundleLimits.defaults().maxFileBytes() + 1);
        }
        assertThat(refused(huge).reasonCode()).contains("fileTooLarge");
    }

    @Test
    void aFileThatIsNotJsonIsRefused() throws Exception {
        assertThat(refused(write("photo.vrb.json", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).reasonCode())
                .contains("notJson");
    }

    @Test
    void afterAllThatTheGoodBundleStillImports() throws Exception {
        aFlippedByteAnywhereIsRefused();
        Outcome outcome = world.township.sync.imports().importOne(good);
        assertThat(outcome.status()).isEqualTo(ImportService.Status.IMPORTED);
        assertThat(outcome.applied()).isEqualTo(1);
    }

    /**
     * A folder imported at once, each next bundle prepared on a second thread while one is applied: a bundle refused
     * when opened, one refused when decrypted, one refused only against what the township holds (its chain) are
     * each refused with the reason and message they get alone, change nothing, and the good bundle after them
     * still imports.
     */
    @Test
    void aFolderWithBadBundlesBeforeTheGoodOneRefusesEachAsAlone() throws Exception {
        Path many = Files.createDirectories(temp.resolve("many"));
        byte[] bytes = Files.readAllBytes(good);
        byte[] flipped = bytes.clone();
        // one letter of the signed ciphertext (base64) turned into another, so the file still reads as a bundle and
        // is refused by its signature (flipping a bit of whatever byte lies there could make it unreadable instead)
        int at = bytes.length / 2;
        while (!Character.isLetter(flipped[at])) {
            at++;
        }
        flipped[at] = (byte) (flipped[at] == 'A' ? 'B' : 'A');
        Change third = willowChanges().get(2);
        Change unlinked = new Change(third.changeId(), third.origin(), third.entityType(), third.entityId(),
                third.baseVersion(), third.version(), third.op(), third.stateJson(), third.author(), third.at(),
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null);
        Change rehashed = new Change(unlinked.changeId(), unlinked.origin(), unlinked.entityType(),
                unlinked.entityId(), unlinked.baseVersion(), unlinked.version(), unlinked.op(), unlinked.stateJson(),
                unlinked.author(), unlinked.at(), unlinked.prev(), ChangeHash.of(unlinked));
        List<Path> bad = List.of(
                Files.copy(write("flip.vrb.json", flipped), many.resolve("0-flip.vrb.json")),
                Files.copy(signedByWillow("bomb.vrb.json", BundleMetadata.FORMAT,
                        BadBundleTest.decompressionBomb(120)), many.resolve("1-bomb.vrb.json")),
                Files.copy(bundle(world.willow, world.willow.register.workstation(), world.township.code(),
                        List.of(rehashed)), many.resolve("2-unlinked.vrb.json")));
        List<Outcome> alone = new ArrayList<>();
        for (Path file : bad) {
            alone.add(refused(file));
        }
        Files.copy(good, many.resolve(good.getFileName()));

        List<Outcome> together = world.township.sync.imports().importAll(List.of(many),
                org.villageregistry.service.task.Progress.NONE);

        assertThat(together).hasSize(4);
        for (int i = 0; i < bad.size(); i++) {
            assertThat(together.get(i).status()).isEqualTo(ImportService.Status.REFUSED);
            assertThat(together.get(i).reasonCode()).isEqualTo(alone.get(i).reasonCode());
            assertThat(together.get(i).message()).isEqualTo(alone.get(i).message());
        }
        assertThat(alone.stream().map(o -> o.reasonCode().orElseThrow()).toList())
                .containsExactly("badSignature", "decompressedTooLarge", "brokenChain");
        assertThat(together.get(3).status()).isEqualTo(ImportService.Status.IMPORTED);
        assertThat(together.get(3).applied()).isEqualTo(1);
    }

    /** Correctly chained person changes of an origin nobody enrolled. */
    static final class SampleChanges {
        static List<Change> of(String origin, long from, long to) {
            List<Change> out = new ArrayList<>();
            String prev = null;
            for (long id = from; id <= to; id++) {
                Change c = new Change(id, origin, org.villageregistry.domain.record.EntityType.PERSON,
                        UUID.randomUUID(), 0, 1, "upsert", "{\"name\":\"某人\"}", "admin", Instant.now(), prev, null);
                String hash = ChangeHash.of(c);
                out.add(new Change(id, origin, c.entityType(), c.entityId(), 0, 1, "upsert", c.stateJson(),
                        c.author(), c.at(), prev, hash));
                prev = hash;
            }
            return out;
        }
    }
}
