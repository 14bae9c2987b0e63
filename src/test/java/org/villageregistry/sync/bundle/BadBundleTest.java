package org.villageregistry.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.sync.SafeJson;
import org.villageregistry.sync.SampleTownship;
import org.villageregistry.sync.SampleTownship.Station;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;

/** Every kind of bad file a township clerk may be handed is refused with its own reason, naming the file. */
class BadBundleTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    final SampleTownship t = new SampleTownship();
    final BundleReader township = new BundleReader(t.townshipEnrolments(), t.township.division(), t.township.keys,
            BundleLimits.defaults());
    @TempDir
    Path stick;

    private Path goodBundle(int changes) {
        return new BundleWriter(t.willow.keys, BundleRoundTripTest.BEIJING).write(stick,
                BundleRoundTripTest.order(t, t.willow, 1, SampleTownship.changes(t.willow, 1, changes, null),
                        t.township)).file();
    }

    /** Reads as the township does, all the way to the checked changes. */
    private SyncProblem refusal(Path file) {
        Throwable thrown = catchThrowable(() -> township.changes(township.open(file), ChainAnchor.start()));
        assertThat(thrown).as("reading " + file.getFileName()).isInstanceOf(SyncException.class);
        assertThat(thrown.getMessage()).contains(file.getFileName().toString());
        return ((SyncException) thrown).problem();
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(stick.resolve(name), content);
    }

    @Test
    void aTruncatedFileIsRefusedAsIncomplete() throws Exception {
        byte[] whole = Files.readAllBytes(goodBundle(10));
        for (int length : new int[] {0, 1, whole.length / 3, whole.length / 2, whole.length - 2, whole.length - 1}) {
            assertThat(refusal(file("cut-" + length + ".vrb.json", Arrays.copyOf(whole, length))))
                    .as("cut at " + length).isIn(SyncProblem.NOT_JSON, SyncProblem.MALFORMED);
        }
    }

    @Test
    void aFlippedBitAnywhereInTheFileIsNeverAccepted() throws Exception {
        byte[] whole = Files.readAllBytes(goodBundle(40));
        int tried = 0;
        for (int position = 0; position < whole.length; position += 97) {
            byte[] damaged = whole.clone();
            damaged[position] ^= 0x01;
            assertThat(refusal(file("flip-" + position + ".vrb.json", damaged))).isNotNull();
            tried++;
        }
        byte[] lastByte = whole.clone();
        lastByte[whole.length - 2] ^= 0x01;
        assertThat(refusal(file("flip-end.vrb.json", lastByte))).isNotNull();
        assertThat(tried).isGreaterThan(50);
    }

    @Test
    void aBundleSignedWithAKeyNobodyEnrolledIsRefused() {
        Station stranger = new Station(WorkstationRole.VILLAGE, "410103100001", "柳树村");
        Path file = new BundleWriter(stranger.keys, BundleRoundTripTest.BEIJING).write(stick,
                BundleRoundTripTest.order(t, stranger, 1, SampleTownship.changes(stranger, 1, 3, null), t.township)).file();
        assertThat(refusal(file)).isEqualTo(SyncProblem.UNKNOWN_KEY);
    }

    @Test
    void anotherVillagesValidKeyCannotSpeakForThisVillage() {
        List<Change> changes = SampleTownship.changes(t.willow, 1, 3, null);
        Path file = new BundleWriter(t.poplar.keys, BundleRoundTripTest.BEIJING).write(stick.resolve(""),
                        BundleRoundTripTest.order(t, t.willow, 1, changes, t.township))
                .file();
        Throwable thrown = catchThrowable(() -> township.open(file));
        assertThat(thrown).isInstanceOfSatisfying(SyncException.class,
                e -> assertThat(e.problem()).isEqualTo(SyncProblem.ORIGIN_MISMATCH));
        assertThat(thrown.getMessage()).contains("410103100001").contains("杨庄村");
    }

    @Test
    void aBundleForAnotherTownshipIsRefusedBeforeDecrypting() {
        List<Change> changes = SampleTownship.changes(t.willow, 1, 3, null);
        BundleOrder elsewhere = new BundleOrder(t.willow.info, DivisionCode.of("410103200"), 1, BundleKind.CHANGES, 1,
                changes, changes.get(2).hash(), SampleTownship.NOON, List.of(t.township.enrolled()));
        Path file = new BundleWriter(t.willow.keys, BundleRoundTripTest.BEIJING).write(stick, elsewhere).file();
        assertThat(refusal(file)).isEqualTo(SyncProblem.WRONG_AUDIENCE);
    }

    @Test
    void aChangeThatDoesNotLinkToThePreviousOneBreaksTheChain() {
        List<Change> changes = new ArrayList<>(SampleTownship.changes(t.willow, 1, 6, null));
        Change fourth = changes.get(3);
        Change relinked = new Change(4, fourth.origin(), fourth.entityType(), fourth.entityId(), fourth.baseVersion(),
                fourth.version(), fourth.op(), fourth.stateJson(), fourth.author(), fourth.at(), changes.get(1).hash(), null);
        changes.set(3, withHash(relinked));
        Path file = new BundleWriter(t.willow.keys, BundleRoundTripTest.BEIJING)
                .write(stick, BundleRoundTripTest.order(t, t.willow, 1, changes, t.township)).file();
        assertThat(refusal(file)).isEqualTo(SyncProblem.BROKEN_CHAIN);
    }

    @Test
    void aChangeWhoseContentWasAlteredAfterHashingIsRefused() {
        List<Change> changes = new ArrayList<>(SampleTownship.changes(t.willow, 1, 6, null));
        Change c = changes.get(2);
        changes.set(2, new Change(c.changeId(), c.origin(), c.entityType(), c.entityId(), c.baseVersion(), c.version(),
                c.op(), c.stateJson().replace("王秀英", "张秀英"), c.author(), c.at(), c.prev(), c.hash()));
        Path file = new BundleWriter(t.willow.keys, BundleRoundTripTest.BEIJING)
                .write(stick, BundleRoundTripTest.order(t, t.willow, 1, changes, t.township)).file();
        assertThat(refusal(file)).isEqualTo(SyncProblem.BAD_HASH);
    }

    @Test
    void whatIsWrongWithTheWholeDocumentIsToldBeforeABadChangeInIt() throws Exception {
        // each change is checked as it is read; the refusal is still the one of the document's shape, as when the
        // whole tree was read first
        Change c = SampleTownship.changes(t.willow, 1, 1, null).get(0);
        ObjectNode bad = ChangeJson.toJson(MAPPER, c).put("hash", "AAAA");
        String changes = "{\"changes\":[" + bad + "]";
        assertThat(refusal(signedByWillow("extra.vrb.json", header(BundleMetadata.FORMAT),
                (changes + ",\"extra\":1}").getBytes(StandardCharsets.UTF_8)))).isEqualTo(SyncProblem.BAD_CHANGE);
        assertThat(refusal(signedByWillow("trailing.vrb.json", header(BundleMetadata.FORMAT),
                (changes + "} x").getBytes(StandardCharsets.UTF_8)))).isEqualTo(SyncProblem.NOT_JSON);
        assertThat(refusal(signedByWillow("months.vrb.json", header(BundleMetadata.FORMAT),
                (changes + ",\"signoffs\":[{\"period\":\"2026-11\",\"figures\":{}}]}")
                        .getBytes(StandardCharsets.UTF_8)))).isEqualTo(SyncProblem.RANGE_MISMATCH);
        assertThat(refusal(signedByWillow("hash.vrb.json", header(BundleMetadata.FORMAT),
                (changes + "}").getBytes(StandardCharsets.UTF_8)))).isEqualTo(SyncProblem.BAD_HASH);
    }

    @Test
    void aDecompressionBombIsStoppedAtTheCap() throws Exception {
        byte[] bomb = decompressionBomb(200);
        Path file = signedByWillow("bomb.vrb.json", header(BundleMetadata.FORMAT), bomb);
        assertThat(Files.size(file)).isLessThan(1024 * 1024);
        assertThat(refusal(file)).isEqualTo(SyncProblem.DECOMPRESSED_TOO_LARGE);
    }

    @Test
    void jsonNestedTenThousandDeepIsRefusedWithoutOverflowingTheStack() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(refusal(file("deep.vrb.json", deep.getBytes(StandardCharsets.US_ASCII)))).isEqualTo(SyncProblem.TOO_DEEP);
        String deepObject = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        assertThat(refusal(file("deep-object.vrb.json", deepObject.getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(SyncProblem.TOO_DEEP);
        byte[] deepContent = ("{\"changes\":" + deep + "}").getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(signedByWillow("deep-inside.vrb.json", header(BundleMetadata.FORMAT), deepContent)))
                .isEqualTo(SyncProblem.TOO_DEEP);
    }

    @Test
    void aBundleOfAFutureFormatVersionIsRefusedAsUnknown() throws Exception {
        Path file = signedByWillow("future.vrb.json", header("vreg-bundle/2"),
                "{\"changes\":[]}".getBytes(StandardCharsets.US_ASCII));
        assertThat(refusal(file)).isEqualTo(SyncProblem.UNKNOWN_FORMAT);
        assertThat(catchThrowable(() -> township.open(file)).getMessage()).contains("vreg-bundle/2");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = stick.resolve("huge.vrb.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(BundleLimits.defaults().maxFileBytes() + 1);
        }
        long started = System.nanoTime();
        assertThat(refusal(huge)).isEqualTo(SyncProblem.FILE_TOO_LARGE);
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(2_000);

        Path small = goodBundle(3);
        BundleReader strict = new BundleReader(t.townshipEnrolments(), t.township.division(), t.township.keys,
                BundleLimits.defaults().withMaxFileBytes(Files.size(small) - 1));
        assertThat(catchThrowable(() -> strict.open(small))).isInstanceOfSatisfying(SyncException.class,
                e -> assertThat(e.problem()).isEqualTo(SyncProblem.FILE_TOO_LARGE));
    }

    @Test
    void aFileThatIsNotJsonAtAllIsRefused() throws Exception {
        assertThat(refusal(file("photo.vrb.json", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x10})))
                .isEqualTo(SyncProblem.NOT_JSON);
        assertThat(refusal(file("note.vrb.json", "柳树村十一月的变更".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(SyncProblem.NOT_JSON);
        assertThat(refusal(file("array.vrb.json", "[1,2,3]".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(SyncProblem.MALFORMED);
    }

    private ObjectNode header(String format) {
        BundleMetadata m = new BundleMetadata(format, UUID.randomUUID(), t.willow.division(),
                t.willow.info.workstationId(), t.township.division(), 1, new ChangeRange(1, 1, java.util.Map.of("person", 1)),
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", SampleTownship.NOON, 1, BundleKind.CHANGES);
        return BundleHeader.toJson(new SafeJson(1024), m);
    }

    private Path signedByWillow(String name, ObjectNode vreg, byte[] plaintext) throws Exception {
        byte[] content = new BundleWriter(t.willow.keys, BundleRoundTripTest.BEIJING)
                .seal(vreg, plaintext, List.of(t.township.keys.publicEncryptionKey()));
        return file(name, content);
    }

    private static Change withHash(Change c) {
        return new Change(c.changeId(), c.origin(), c.entityType(), c.entityId(), c.baseVersion(), c.version(), c.op(),
                c.stateJson(), c.author(), c.at(), c.prev(), ChangeJson.hash(MAPPER, c));
    }

    /** A bundle's plaintext of {@code mebibytes} MiB that is nearly all blanks: it packs into a few hundred KiB. */
    static byte[] decompressionBomb(int mebibytes) {
        byte[] bomb = new byte[mebibytes * 1024 * 1024];
        Arrays.fill(bomb, (byte) ' ');
        byte[] open = "{\"changes\":[".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, bomb, 0, open.length);
        bomb[bomb.length - 2] = ']';
        bomb[bomb.length - 1] = '}';
        return bomb;
    }
}
