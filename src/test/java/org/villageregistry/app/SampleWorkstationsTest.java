package org.villageregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkstationsTest {
    @TempDir
    Path workingDirectory;

    @Test
    void theTownshipComesFirstThenItsVillagesInOrder() throws Exception {
        Path samples = workingDirectory.resolve("sample-data");
        Files.createDirectories(samples.resolve("villages/liushu"));
        Files.createDirectories(samples.resolve("villages/dongzhuang"));
        Files.createDirectories(samples.resolve("township"));
        Files.writeString(samples.resolve("README.md"), "sample");

        assertThat(SampleWorkstations.below(workingDirectory)).containsExactly(
                samples.resolve("township"), samples.resolve("villages/dongzhuang"), samples.resolve("villages/liushu"));
    }

    @Test
    void withoutSampleDataThereIsNothingToOffer() {
        assertThat(SampleWorkstations.below(workingDirectory)).isEmpty();
    }
}
