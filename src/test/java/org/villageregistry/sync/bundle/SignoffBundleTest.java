package org.villageregistry.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.service.Json;
import org.villageregistry.sync.SampleTownship;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;

/**
 * Months submitted for sign-off ride in the bundle: named in the signed header, carried beside the changes; a
 * bundle without them looks exactly as bundles did before, and a bundle whose two lists disagree is refused.
 */
class SignoffBundleTest {
    final SampleTownship t = new SampleTownship();
    @TempDir
    Path stick;

    private BundleOrder order(List<Change> changes, List<JsonNode> signoffs) {
        BundleOrder plain = BundleRoundTripTest.order(t, t.willow, 1, changes, t.township);
        return new BundleOrder(plain.origin(), plain.audience(), plain.sequence(), plain.kind(), plain.schemaVersion(),
                plain.changes(), plain.chainHead(), plain.createdAt(), plain.recipients(), signoffs);
    }

    private BundleReader reader() {
        return new BundleReader(t.townshipEnrolments(), t.township.division(), t.township.keys,
                BundleLimits.defaults());
    }

    private static JsonNode october() throws Exception {
        return Json.mapper().readTree("{\"period\":\"2026-10\",\"submissionId\":\"0b9c6f36-2d55-4c52-9a2b-"
                + "1f1f0c6e9a11\",\"submittedAt\":\"2026-11-02T08:00:00Z\",\"submittedBy\":\"registrar\","
                + "\"figures\":{\"divisionCode\":\"410103100001\",\"deaths\":1}}");
    }

    private static JsonNode vreg(Path file) throws Exception {
        JsonNode jws = Json.mapper().readTree(Files.readAllBytes(file));
        return Json.mapper().readTree(Base64.getUrlDecoder().decode(jws.path("protected").asText())).path("vreg");
    }

    @Test
    void aSubmittedMonthIsNamedInTheSignedHeaderAndReadBackBesideTheChanges() throws Exception {
        List<Change> changes = SampleTownship.changes(t.willow, 1, 5, null);
        WrittenBundle written = new BundleWriter(t.willow.keys, BundleRoundTripTest.BEIJING)
                .write(stick, order(changes, List.of(october())));

        assertThat(vreg(written.file()).path("signoffs").toString()).isEqualTo("[\"2026-10\"]");
        BundleReader reader = reader();
        VerifiedBundle opened = reader.open(written.file());
        assertThat(opened.metadata().signoffs()).containsExactly("2026-10");
        BundleReader.Contents contents = reader.contents(opened, ChainAnchor.start());
        assertThat(contents.changes()).isEqualTo(changes);
        assertThat(contents.signoffs()).singleElement().isEqualTo(october());
    }

    @Test
    void aBundleWithoutSubmissionHasNoSignoffsInHeaderOrPlaintext() throws Exception {
        List<Change> changes = SampleTownship.changes(t.willow, 1, 5, null);
        WrittenBundle written = new BundleWriter(t.willow.keys, BundleRoundTripTest.BEIJING)
                .write(stick, BundleRoundTripTest.order(t, t.willow, 1, changes, t.township));

        assertThat(vreg(written.file()).has("signoffs")).isFalse();
        VerifiedBundle opened = reader().open(written.file());
        assertThat(opened.metadata().signoffs()).isEmpty();
        assertThat(reader().contents(opened, ChainAnchor.start()).signoffs()).isEmpty();
    }

    @Test
    void aHeaderNamingAMonthThePlaintextDoesNotCarryIsRefused() throws Exception {
        List<Change> changes = SampleTownship.changes(t.willow, 1, 3, null);
        BundleMetadata m = new BundleMetadata(BundleMetadata.FORMAT, java.util.UUID.randomUUID(), t.willow.division(),
                t.willow.info.workstationId(), t.township.division(), 1, ChangeRange.of(changes),
                changes.get(2).hash(), SampleTownship.NOON, 1, BundleKind.CHANGES, List.of("2026-10"));
        ObjectNode plaintext = Json.mapper().createObjectNode();
        var array = plaintext.putArray("changes");
        changes.forEach(c -> array.add(ChangeJson.toJson(Json.mapper(), c)));
        byte[] content = new BundleWriter(t.willow.keys, BundleRoundTripTest.BEIJING).seal(
                BundleHeader.toJson(new org.villageregistry.sync.SafeJson(4096), m),
                plaintext.toString().getBytes(StandardCharsets.UTF_8), List.of(t.township.keys.publicEncryptionKey()));
        Path file = Files.write(stick.resolve("410103100001_000001_20261130-1615.vrb.json"), content);

        BundleReader reader = reader();
        VerifiedBundle opened = reader.open(file);
        assertThatThrownBy(() -> reader.contents(opened, ChainAnchor.start()))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(SyncProblem.RANGE_MISMATCH));
    }
}
