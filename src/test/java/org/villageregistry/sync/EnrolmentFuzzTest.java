package org.villageregistry.sync;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.villageregistry.domain.text.ClearRefusal;

/**
 * 城关镇's administrator checks and accepts whatever lies on the stick as a village's enrolment file. For any
 * bytes, checking either shows the fingerprints or refuses with a Chinese sentence; accepting either enrols or
 * refuses, and a refused file leaves the register as it was. One township register serves every input.
 * Seeds and saved crashers: src/test/resources/org/villageregistry/sync/EnrolmentFuzzTestInputs/.
 */
class EnrolmentFuzzTest extends SampleRegistersFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void enrolmentFile(byte[] content) throws IOException {
        SampleRegisters.empty(stick);
        Path file = Files.write(stick.resolve("410103100004.enrol.json"), content);
        ClearRefusal.readOrRefuse(() -> sample.townshipSync.enrolment().check(file));
        String before = SampleRegisters.rowCounts(sample.township);
        boolean refused = ClearRefusal.readOrRefuse(() -> sample.townshipSync.enrolment().importFile(file, false))
                .isPresent();
        if (refused) {
            requireUnchanged(sample.township, before, "a refused enrolment file changed the register");
        }
    }
}
