package org.villageregistry.sync.enrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.sync.SampleTownship;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;
import org.villageregistry.sync.keys.WorkstationKeys;

class EnrolmentTest {
    final SampleTownship t = new SampleTownship();
    final EnrolledOrigins nobody = EnrolledOrigins.of(List.of());
    @TempDir
    Path stick;

    @Test
    void theTownshipEnrolsAVillageFromItsSelfSignedEnrolmentFile() {
        byte[] content = EnrolmentFile.create(t.willow.info, t.willow.keys, SampleTownship.NOON);
        Path file = EnrolmentFile.write(stick, t.willow.division(), content, nobody);
        assertThat(file.getFileName().toString()).isEqualTo("410103100001.enrol.json");

        EnrolledOrigin willow = EnrolmentReader.read(file, nobody);
        assertThat(willow.division()).isEqualTo(t.willow.division());
        assertThat(willow.divisionName()).isEqualTo("柳树村");
        assertThat(willow.workstationId()).isEqualTo(t.willow.info.workstationId());
        assertThat(willow.signingFingerprint()).isEqualTo(t.willow.keys.signingFingerprint());
        assertThat(willow.encryptionFingerprint()).isEqualTo(t.willow.keys.encryptionFingerprint());
        assertThat(willow.createdAt()).isEqualTo(SampleTownship.NOON);
        assertThat(willow.previousKey()).isEmpty();
        assertThat(new String(content, StandardCharsets.UTF_8)).doesNotContain("\"d\"");
    }

    @Test
    void anEnrolmentFileWithAnyChangedByteIsRefused() throws Exception {
        byte[] content = EnrolmentFile.create(t.willow.info, t.willow.keys, SampleTownship.NOON);
        for (int position = 0; position < content.length; position += 13) {
            byte[] damaged = content.clone();
            damaged[position] ^= 0x01;
            Path file = Files.write(stick.resolve("flip-" + position + ".enrol.json"), damaged);
            assertThatThrownBy(() -> EnrolmentReader.read(file, nobody)).as("flip at " + position)
                    .isInstanceOf(SyncException.class).hasMessageContaining(file.getFileName().toString());
        }
    }

    @Test
    void anEnrolmentSignedByAnotherKeyThanTheOneItEnclosesIsRefused() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode willow = (ObjectNode) mapper.readTree(EnrolmentFile.create(t.willow.info, t.willow.keys, SampleTownship.NOON));
        ObjectNode poplar = (ObjectNode) mapper.readTree(EnrolmentFile.create(t.poplar.info, t.poplar.keys, SampleTownship.NOON));
        ObjectNode spliced = poplar.deepCopy().put("payload", willow.get("payload").asText());
        assertThatThrownBy(() -> EnrolmentReader.read(mapper.writeValueAsBytes(spliced), "410103100001.enrol.json", nobody))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(SyncProblem.ENROL_KID_MISMATCH));
        ObjectNode resigned = willow.deepCopy().put("signature", poplar.get("signature").asText());
        assertThatThrownBy(() -> EnrolmentReader.read(mapper.writeValueAsBytes(resigned), "410103100001.enrol.json", nobody))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(SyncProblem.ENROL_BAD_SIGNATURE));
    }

    @Test
    void aKeyReplacementFromAnUnknownOldKeyIsRefused() {
        byte[] replacement = EnrolmentFile.replacement(t.willow.info, WorkstationKeys.generate(), t.willow.keys,
                SampleTownship.NOON);
        assertThatThrownBy(() -> EnrolmentReader.read(replacement, "410103100001.enrol.json", nobody))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(SyncProblem.ENROL_UNKNOWN_PREVIOUS_KEY));
    }

    @Test
    void aNewKeyIsAcceptedWhenTheOldEnrolledKeyVouchesForIt() {
        WorkstationKeys newKeys = WorkstationKeys.generate();
        byte[] replacement = EnrolmentFile.replacement(t.willow.info, newKeys, t.willow.keys, SampleTownship.NOON);
        EnrolledOrigin renewed = EnrolmentReader.read(replacement, "410103100001.enrol.json",
                EnrolledOrigins.of(List.of(t.willow.enrolled())));
        assertThat(renewed.signingFingerprint()).isEqualTo(newKeys.signingFingerprint());
        assertThat(renewed.previousKey()).contains(t.willow.keys.signingFingerprint());
    }

    @Test
    void oneVillagesOldKeyCannotReplaceTheKeyOfAnotherVillage() {
        WorkstationKeys newKeys = WorkstationKeys.generate();
        byte[] hijack = EnrolmentFile.replacement(t.willow.info, newKeys, t.poplar.keys, SampleTownship.NOON);
        assertThatThrownBy(() -> EnrolmentReader.read(hijack, "410103100001.enrol.json",
                EnrolledOrigins.of(List.of(t.willow.enrolled(), t.poplar.enrolled()))))
                .isInstanceOfSatisfying(SyncException.class,
                        e -> assertThat(e.problem()).isEqualTo(SyncProblem.ENROL_DIVISION_MISMATCH));
    }
}
