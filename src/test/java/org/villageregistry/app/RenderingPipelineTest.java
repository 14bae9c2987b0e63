package org.villageregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decision 0042: the software pipeline at once where no OpenGL but Mesa's software one can exist. */
class RenderingPipelineTest {
    @TempDir
    Path dev;

    @Test
    void aLinuxMachineWithoutAGraphicsDeviceDrawsInSoftwareFromTheStart() throws Exception {
        assertThat(RenderingPipeline.choose(null, "Linux", dev)).contains("sw");
        Files.createDirectories(dev.resolve("dri"));
        assertThat(RenderingPipeline.choose(null, "Linux", dev)).as("an empty /dev/dri").contains("sw");
        Files.createFile(dev.resolve("dri").resolve("by-path"));
        assertThat(RenderingPipeline.choose("", "Linux", dev)).contains("sw");
    }

    @Test
    void aGraphicsDeviceLeavesJavaFxItsOwnChoice() throws Exception {
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri").resolve("renderD128"));
        assertThat(RenderingPipeline.choose(null, "Linux", dev)).isEmpty();

        Path card = Files.createTempDirectory(dev, "other");
        Files.createDirectories(card.resolve("dri"));
        Files.createFile(card.resolve("dri").resolve("card0"));
        assertThat(RenderingPipeline.choose(null, "Linux", card)).isEmpty();

        Path nvidia = Files.createTempDirectory(dev, "nv");
        Files.createFile(nvidia.resolve("nvidiactl"));
        assertThat(RenderingPipeline.choose(null, "Linux", nvidia)).isEmpty();
    }

    @Test
    void aPipelineTheUserGaveAndOtherSystemsAreLeftAlone() {
        assertThat(RenderingPipeline.choose("es2", "Linux", dev)).isEmpty();
        assertThat(RenderingPipeline.choose(null, "Windows 11", dev)).isEmpty();
        assertThat(RenderingPipeline.choose(null, "Mac OS X", dev)).isEmpty();
    }
}
