package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** The version and build date the installed program prints come from its jar's manifest. */
class ProgramBuildTest {
    private static Manifest manifest(String text) throws IOException {
        return new Manifest(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theInstalledJarNamesItsVersionAndTheDayItWasBuilt() throws IOException {
        ProgramBuild build = ProgramBuild.of(manifest(
                "Manifest-Version: 1.0\nImplementation-Version: 0.1.0\nBuild-Date: 2026-11-22\n\n"));

        assertThat(build).isEqualTo(new ProgramBuild("0.1.0", "2026-11-22"));
    }

    @Test
    void aManifestMavenDidNotFillInOrWithoutTheEntriesReadsDev() throws IOException {
        assertThat(ProgramBuild.of(manifest("Manifest-Version: 1.0\nImplementation-Version: ${app.version}\n\n")))
                .isEqualTo(new ProgramBuild("dev", "dev"));
    }

    @Test
    void runFromTheClassesFolderTheProgramSaysDevRatherThanAnotherJarsVersion() {
        assertThat(ProgramBuild.running()).isEqualTo(new ProgramBuild(ProgramBuild.DEV, ProgramBuild.DEV));
    }
}
