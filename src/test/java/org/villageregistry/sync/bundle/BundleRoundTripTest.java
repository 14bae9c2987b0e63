package org.villageregistry.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.sync.SampleTownship;
import org.villageregistry.sync.SampleTownship.Station;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;
import org.villageregistry.sync.enrol.EnrolledOrigins;

class BundleRoundTripTest {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    final SampleTownship t = new SampleTownship();
    @TempDir
    Path stick;

    static BundleOrder order(SampleTownship t, Station village, long sequence, List<Change> changes, Station... to) {
        return new BundleOrder(village.info, t.township.division(), sequence, BundleKind.CHANGES, 1, changes,
                changes.get(changes.size() - 1).hash(), SampleTownship.NOON,
                java.util.Arrays.stream(to).map(Station::enrolled).toList());
    }

    @Test
    void theTownshipReadsBackExactlyTheChangesTheVillageExported() throws Exception {
        List<Change> changes = SampleTownship.changes(t.willow, 1, 40, null);
        WrittenBundle written = new BundleWriter(t.willow.keys, BEIJING)
                .write(stick, order(t, t.willow, 1, changes, t.township));

        assertThat(written.fileName()).isEqualTo("410103100001_000001_20261130-1615.vrb.json");
        assertThat(Files.exists(written.file())).isTrue();
        try (var listing = Files.list(stick)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly(written.fileName());
        }
        BundleReader reader = new BundleReader(t.townshipEnrolments(), t.township.division(), t.township.keys,
                BundleLimits.defaults());
        VerifiedBundle opened = reader.open(written.file());
        assertThat(opened.metadata()).isEqualTo(written.metadata());
        assertThat(opened.metadata().changes()).isEqualTo(new ChangeRange(1, 40, Map.of("person", 27, "household", 13)));
        assertThat(opened.signer().divisionName()).isEqualTo("柳树村");
        assertThat(reader.changes(opened, ChainAnchor.start())).isEqualTo(changes);
    }

    @Test
    void eachChangeKeepsItsOwnBytesFromTheBundleOnOneLine() throws Exception {
        List<Change> changes = SampleTownship.changes(t.willow, 1, 40, null);
        WrittenBundle written = new BundleWriter(t.willow.keys, BEIJING)
                .write(stick, order(t, t.willow, 1, changes, t.township));
        BundleReader reader = new BundleReader(t.townshipEnrolments(), t.township.division(), t.township.keys,
                BundleLimits.defaults());

        BundleReader.Contents contents = reader.unanchored(reader.open(written.file()));

        assertThat(contents.asReceived()).hasSize(40);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (Change c : contents.changes()) {
            byte[] line = contents.asReceived().get(c);
            String text = new String(line, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).startsWith("{").endsWith("}").doesNotContain("\n").doesNotContain("\r")
                    .contains(c.entityId().toString());
            assertThat(ChangeJson.fromJson(mapper.readTree(line))).isEqualTo(c);
        }
        // by identity: an equal change that is not the one read has no bytes
        Change first = contents.changes().get(0);
        assertThat(contents.asReceived().get(new Change(first.changeId(), first.origin(), first.entityType(),
                first.entityId(), first.baseVersion(), first.version(), first.op(), first.stateJson(), first.author(),
                first.at(), first.prev(), first.hash()))).isNull();
    }

    @Test
    void aStateReadsBackAsTheVillageWroteItWhateverItHolds() throws Exception {
        // the township keeps a state as the bundle's text where it is compact: it must be the village's own text
        var mapper = org.villageregistry.service.Json.mapper();
        List<String> states = List.of("{\"name\":\"王\\\"小\\\\明\",\"t\":\"a\\u0001b\\n\\t\",\"e\":\"\"}",
                "{}", "{\"n\":[1,-2.5,1.0E20,{\"x\":null}],\"deep\":{\"a\":{\"b\":[true,false,[]]}}}",
                "{\"space\":\"a b { } [ ] , :\",\"quote\":\"\\\"}\",\"😀\":\"\\ud83d\\ude00\"}");
        List<Change> changes = new java.util.ArrayList<>();
        String prev = null;
        for (int i = 0; i < states.size(); i++) {
            String state = mapper.readTree(states.get(i)).toString(); // as the village's change log holds it
            Change unsigned = new Change(i + 1, t.willow.division().value(),
                    org.villageregistry.domain.record.EntityType.PERSON, java.util.UUID.nameUUIDFromBytes(new byte[] {
                        (byte) i}), i, i + 1, "upsert", state, "李会计", SampleTownship.NOON, prev, null);
            String hash = ChangeJson.hash(mapper, unsigned);
            changes.add(new Change(i + 1, unsigned.origin(), unsigned.entityType(), unsigned.entityId(), i, i + 1,
                    "upsert", state, "李会计", SampleTownship.NOON, prev, hash));
            prev = hash;
        }
        WrittenBundle written = new BundleWriter(t.willow.keys, BEIJING)
                .write(stick, order(t, t.willow, 1, changes, t.township));
        BundleReader reader = new BundleReader(t.townshipEnrolments(), t.township.division(), t.township.keys,
                BundleLimits.defaults());

        List<Change> read = reader.changes(reader.open(written.file()), ChainAnchor.start());

        assertThat(read).isEqualTo(changes);
        for (Change c : read) {
            assertThat(c.stateJson()).isEqualTo(mapper.readTree(c.stateJson()).toString());
        }
    }

    @Test
    void aStateIsTakenFromTheBundlesTextOnlyWhenItHasNoSpaceBetweenItsTokens() {
        java.util.function.Function<String, String> compact = text -> {
            byte[] bytes = ("[" + text + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return BundleReader.compactObject(bytes, 1, bytes.length - 1);
        };
        assertThat(compact.apply("{\"a\":\"王 小明\",\"b\":[1,2]}")).isEqualTo("{\"a\":\"王 小明\",\"b\":[1,2]}");
        assertThat(compact.apply("{\"a\":\"x\\\" y\"}")).isEqualTo("{\"a\":\"x\\\" y\"}");
        assertThat(compact.apply("{\"a\":\"x\\\\\",\"b\":1}")).isEqualTo("{\"a\":\"x\\\\\",\"b\":1}");
        assertThat(compact.apply("{\"a\": 1}")).isNull();
        assertThat(compact.apply("{\"a\":1,\n\"b\":2}")).isNull();
        assertThat(compact.apply("{\"a\":\"x\\\\\" ,\"b\":1}")).isNull();
        assertThat(compact.apply("[1]")).isNull();
        assertThat(compact.apply("{\"a\":\"\\u0001\\n\"}")).isEqualTo("{\"a\":\"\\u0001\\n\"}");
        assertThat(compact.apply("{\"a\":\"\\ud83d\\ude00\"}")).isNull();
        assertThat(compact.apply("{\"a\":\"\\u0041\"}")).isNull();
        assertThat(compact.apply("{\"a\":\"\\u000a\"}")).isNull();
        assertThat(compact.apply("{\"a\":\"\\/\"}")).isNull();
        assertThat(compact.apply("{\"a\":\"\\u00\"}")).isNull();
        byte[] bytes = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(BundleReader.compactObject(bytes, -1, 2)).isNull();
        assertThat(BundleReader.compactObject(bytes, 0, 3)).isNull();
        assertThat(BundleReader.compactObject(bytes, 0, 2)).isEqualTo("{}");
    }

    @Test
    void aChangesStateIsFoundAmongItsMembersOnly() {
        java.util.function.Function<String, String> state = text -> {
            byte[] bytes = (" , " + text + " ]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int from = 3;
            int to = bytes.length - 2;
            int[] value = BundleReader.memberValue(bytes, from, to, "state".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            return value == null ? null : new String(bytes, value[0], value[1] - value[0],
                    java.nio.charset.StandardCharsets.UTF_8);
        };
        assertThat(state.apply("{\"changeId\":1,\"state\":{\"name\":\"王\",\"n\":\"a \\\"}\\\" ,\"},\"z\":[1]}"))
                .isEqualTo("{\"name\":\"王\",\"n\":\"a \\\"}\\\" ,\"}");
        assertThat(state.apply("{ \"state\" :\n { } , \"x\" : 2 }")).isEqualTo("{ }");
        assertThat(state.apply("{\"x\":\"state\",\"state\":{\"a\":1}}")).isEqualTo("{\"a\":1}");
        assertThat(state.apply("{\"a\":[1,\"]\",{\"b\":\"}\"}],\"state\":{\"k\":\"v\"}}")).isEqualTo("{\"k\":\"v\"}");
        assertThat(state.apply("{\"a\":-1.5e3,\"b\":true,\"c\":null,\"state\":{}}")).isEqualTo("{}");
        assertThat(state.apply("{\"state\":\"文字\"}")).isEqualTo("\"文字\"");
        assertThat(state.apply("{\"states\":{},\"x\":1}")).isNull();
        assertThat(state.apply("{\"x\":{\"state\":{\"a\":1}}}")).isNull();
        assertThat(state.apply("{\"st\\u0061te\":{}}")).isNull();
        assertThat(state.apply("[{\"state\":{}}]")).isNull();
        assertThat(state.apply("{}")).isNull();
        assertThat(state.apply("{\"state\":{\"a\":1")).isNull(); // cut short: the value has no end in the span
        byte[] change = "{\"op\":\"upsert\",\"state\":{\"a\":\"王\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(BundleReader.stateText(change, 0, change.length)).isEqualTo("{\"a\":\"王\"}");
        byte[] spaced = "{\"op\":\"upsert\",\"state\":{\"a\": 1}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(BundleReader.stateText(spaced, 0, spaced.length)).isNull();
    }

    @Test
    void theNextBundleAttachesToTheLastChangeTheTownshipApplied() {
        List<Change> first = SampleTownship.changes(t.willow, 1, 10, null);
        List<Change> next = SampleTownship.changes(t.willow, 11, 15, first.get(9).hash());
        WrittenBundle written = new BundleWriter(t.willow.keys, BEIJING).write(stick, order(t, t.willow, 2, next, t.township));
        BundleReader reader = new BundleReader(t.townshipEnrolments(), t.township.division(), t.township.keys,
                BundleLimits.defaults());
        VerifiedBundle opened = reader.open(written.file());

        assertThat(reader.changes(opened, ChainAnchor.after(10, first.get(9).hash()))).isEqualTo(next);
        assertThatThrownBy(() -> reader.changes(opened, ChainAnchor.after(10, first.get(8).hash())))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.problem()).isEqualTo(SyncProblem.BROKEN_CHAIN))
                .hasMessageContaining(written.fileName()).hasMessageContaining("第 11 号变更");
    }

    @Test
    void theCountyCanDecryptTooWhenItIsARecipientAndAStrangerCannot() {
        List<Change> changes = SampleTownship.changes(t.willow, 1, 5, null);
        WrittenBundle written = new BundleWriter(t.willow.keys, BEIJING)
                .write(stick, order(t, t.willow, 1, changes, t.township, t.county));
        BundleReader county = new BundleReader(t.townshipEnrolments(), t.township.division(), t.county.keys,
                BundleLimits.defaults());
        assertThat(county.changes(county.open(written.file()), ChainAnchor.start())).isEqualTo(changes);

        BundleReader poplar = new BundleReader(t.townshipEnrolments(), t.township.division(), t.poplar.keys,
                BundleLimits.defaults());
        assertThatThrownBy(() -> poplar.changes(poplar.open(written.file()), ChainAnchor.start()))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.problem()).isEqualTo(SyncProblem.NOT_A_RECIPIENT));
    }

    @Test
    void verifyShowsOriginSequenceRangeCountsAndFingerprintWithoutTheTownshipKey() {
        List<Change> changes = SampleTownship.changes(t.willow, 7, 9, SampleTownship.changes(t.willow, 1, 6, null).get(5).hash());
        WrittenBundle written = new BundleWriter(t.willow.keys, BEIJING).write(stick, order(t, t.willow, 3, changes, t.township));

        VerifiedBundle v = new BundleVerifier(EnrolledOrigins.of(List.of(t.willow.enrolled())), BundleLimits.defaults())
                .verify(written.file());
        assertThat(v.metadata().originDivision()).isEqualTo(t.willow.division());
        assertThat(v.metadata().sequence()).isEqualTo(3);
        assertThat(v.metadata().changes().from()).isEqualTo(7);
        assertThat(v.metadata().changes().to()).isEqualTo(9);
        assertThat(v.metadata().changes().total()).isEqualTo(3);
        assertThat(v.metadata().createdAt()).isEqualTo(SampleTownship.NOON);
        assertThat(v.signerFingerprint()).isEqualTo(t.willow.keys.signingFingerprint());
    }

    @Test
    void aSnapshotCarriesTheLatestChangesWithoutNeedingThemToBeConsecutive() {
        List<Change> all = SampleTownship.changes(t.willow, 1, 12, null);
        List<Change> latest = List.of(all.get(2), all.get(6), all.get(11));
        BundleOrder snapshot = new BundleOrder(t.willow.info, t.township.division(), 4, BundleKind.SNAPSHOT, 1, latest,
                all.get(11).hash(), SampleTownship.NOON, List.of(t.township.enrolled()));
        WrittenBundle written = new BundleWriter(t.willow.keys, BEIJING).write(stick, snapshot);
        BundleReader reader = new BundleReader(t.townshipEnrolments(), t.township.division(), t.township.keys,
                BundleLimits.defaults());
        VerifiedBundle opened = reader.open(written.file());
        assertThat(opened.metadata().kind()).isEqualTo(BundleKind.SNAPSHOT);
        assertThat(reader.changes(opened, ChainAnchor.start())).isEqualTo(latest);
    }
}
