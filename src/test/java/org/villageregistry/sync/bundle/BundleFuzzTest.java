package org.villageregistry.sync.bundle;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.sync.SyncRecords.OriginProgress;
import org.villageregistry.domain.text.ClearRefusal;
import org.villageregistry.sync.SafeJson;
import org.villageregistry.sync.SampleRegisters;
import org.villageregistry.sync.SampleRegistersFuzzTest;
import org.villageregistry.sync.keys.WorkstationKeys;

/**
 * 城关镇 imports whatever lies on the USB stick as a village's bundle. For any bytes the import either takes the
 * bundle or refuses it with a Chinese sentence, and a refused bundle leaves the township's register as it was.
 * {@link #bundleFile} fuzzes the file itself (mostly the JSON, signature and limits of the outer layers);
 * {@link #bundleChanges} fuzzes the changes inside, signed by 柳树村 and encrypted to 城关镇 with the sample keys,
 * so the decrypted changes reach the checks and the merge behind them. One township register serves every input.
 * Seeds and saved crashers: src/test/resources/org/villageregistry/sync/bundle/BundleFuzzTestInputs/.
 */
class BundleFuzzTest extends SampleRegistersFuzzTest {
    private static final String WILLOW = "410103100001";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static WorkstationKeys willowKeys;
    static WorkstationKeys townshipKeys;

    @BeforeAll
    static void theSampleKeys() {
        willowKeys = WorkstationKeys.fromBytes(sample.willow.sync().keys().workstationKeys().orElseThrow());
        townshipKeys = WorkstationKeys.fromBytes(sample.township.sync().keys().workstationKeys().orElseThrow());
    }


    @FuzzTest(maxDuration = "2m")
    void bundleFile(byte[] content) throws IOException {
        importAtTheTownship(content);
    }

    @FuzzTest(maxDuration = "2m")
    void bundleChanges(byte[] plaintext) throws IOException {
        importAtTheTownship(signedByWillow(plaintext));
    }

    private static void importAtTheTownship(byte[] content) throws IOException {
        importOrRefuse(sample.townshipSync, sample.township, WILLOW + "_000009_20261130-1615.vrb.json", content,
                "bundle");
    }

    /**
     * The fuzzer's plaintext as 柳树村's next bundle. When it reads as {"changes":[{…},…]} the changes are
     * numbered on from what the township holds, chained and hashed as a real village would, and the signed
     * header is made to match; otherwise the header claims one person change.
     */
    static byte[] signedByWillow(byte[] plaintext) {
        OriginProgress progress = sample.township.sync().intake().progress(WILLOW);
        long from = progress.lastChangeId() + 1;
        ChangeRange range = new ChangeRange(from, from, Map.of("person", 1));
        String head = "-";
        byte[] body = plaintext;
        Optional<ObjectNode> changes = asChanges(plaintext);
        if (changes.isPresent()) {
            String prev = progress.lastHash().orElse(null);
            Map<String, Integer> counts = new TreeMap<>();
            long id = from;
            for (JsonNode node : changes.get().path("changes")) {
                ObjectNode change = (ObjectNode) node;
                change.put("changeId", id++).put("origin", WILLOW).put("prev", prev);
                change.remove("hash");
                prev = ChangeJson.hashOf(change);
                change.put("hash", prev);
                counts.merge(change.path("entityType").asText(), 1, Integer::sum);
            }
            range = new ChangeRange(from, Math.max(from, id - 1), counts);
            head = prev == null ? "-" : prev;
            body = changes.get().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        BundleMetadata m = new BundleMetadata(BundleMetadata.FORMAT, UUID.randomUUID(), DivisionCode.of(WILLOW),
                sample.willow.workstation().workstationId(), DivisionCode.of("410103100"),
                progress.lastSequence() + 1, range, head, SampleRegisters.CLOCK.instant(), 1, BundleKind.CHANGES);
        ObjectNode vreg = BundleHeader.toJson(new SafeJson(1024 * 1024), m);
        return new BundleWriter(willowKeys, SampleRegisters.CLOCK.getZone())
                .seal(vreg, body, List.of(townshipKeys.publicEncryptionKey()));
    }

    private static Optional<ObjectNode> asChanges(byte[] plaintext) {
        try {
            JsonNode root = MAPPER.readTree(plaintext);
            if (root == null || !root.isObject() || root.size() != 1 || !root.path("changes").isArray()
                    || root.path("changes").isEmpty()) {
                return Optional.empty();
            }
            for (JsonNode c : root.path("changes")) {
                if (!c.isObject()) {
                    return Optional.empty();
                }
            }
            return Optional.of((ObjectNode) root);
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }
}
