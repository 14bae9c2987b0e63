package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;

/**
 * A register on a stick that fills up: the registrar is told the disk is full, what was saved before stays,
 * and the register opens again. Needs a small tmpfs, so it runs where the test may mount one (root on Linux).
 */
class FullDiskTest {
    private Path mountPoint;

    @BeforeEach
    void smallDisk() throws Exception {
        mountPoint = Files.createTempDirectory("vreg-full-disk");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint.toString()) == 0,
                "needs permission to mount a small tmpfs");
    }

    @AfterEach
    void unmount() throws Exception {
        run("umount", mountPoint.toString());
        Files.deleteIfExists(mountPoint);
    }

    @Test
    void aFullDiskIsReportedPlainlyAndWhatWasSavedBeforeStays() {
        Messages.setLocale(Messages.CHINESE);
        Path home = mountPoint.resolve("柳树村");
        int saved = 0;
        RegistryException failure = null;
        try (Register register = RegisterFixture.create(home)) {
            while (failure == null && saved < 100_000) {
                int batch = saved;
                try {
                    register.transactions().write(() -> {
                        for (int i = 0; i < 100; i++) {
                            register.persons().save(RegisterFixture.person("王秀英" + (batch + i), Sex.FEMALE,
                                    LocalDate.of(1990, 1, 1)).notes("备注".repeat(200)).build());
                        }
                    });
                    saved += 100;
                } catch (RegistryException e) {
                    failure = e;
                }
            }
        } catch (RegistryException closingOnAFullDisk) {
            failure = failure == null ? closingOnAFullDisk : failure;
        }

        assertThat(failure).as("the disk filled up").isNotNull();
        assertThat(failure.getMessage()).contains("磁盘空间已满");
        assertThat(saved).as("some batches were saved before the disk filled").isPositive();
        int before = saved;
        try (Register again = RegisterFixture.open(home)) {
            assertThat(again.persons().count()).as("every batch saved before the disk filled is still there")
                    .isGreaterThanOrEqualTo(before);
            assertThat(again.changes().verify().intact()).isTrue();
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
