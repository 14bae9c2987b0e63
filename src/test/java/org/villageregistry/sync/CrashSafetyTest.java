package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.sync.SyncServices;

/**
 * kill -9 during export and import, round after round ({@code -Dvreg.crash.rounds}, default 20): no file
 * appears under a final bundle name unless it is complete and valid, the township holds all or none of each
 * bundle, and importing everything again afterwards succeeds.
 */
class CrashSafetyTest {
    @TempDir
    Path temp;

    @Test
    void killingTheProcessAtAnyMomentNeverLeavesAHalfBundleOrAHalfImport() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        int rounds = Integer.getInteger("vreg.crash.rounds", 20);
        SyncWorld world = new SyncWorld(temp);
        world.willow.addPerson("王秀英", Sex.FEMALE, java.time.LocalDate.of(1990, 1, 1));
        world.close();
        Random random = new Random(42);
        for (int round = 0; round < rounds; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                    temp.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertThat(first).as("child started").isEqualTo("ready");
            Thread.sleep(50 + random.nextInt(900));
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            checkAfterCrash(world, round);
        }
    }

    private void checkAfterCrash(SyncWorld world, int round) throws Exception {
        Register willow = world.store.open(world.willow.home, "admin", "pw-2026".toCharArray());
        Register township = world.store.open(world.township.home, "admin", "pw-2026".toCharArray());
        try {
            SyncServices town = SyncModule.services(township, SyncWorld.CLOCK);
            List<Path> finals;
            try (Stream<Path> files = Files.list(world.stick)) {
                finals = files.filter(f -> f.getFileName().toString().endsWith(ImportService.BUNDLE_SUFFIX))
                        .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
            }
            for (Path f : finals) {
                assertThat(town.verify().verify(f).valid()).as("round %d: %s is complete and valid", round, f)
                        .isTrue();
            }
            assertThat(township.persons().page(0, 100_000)).as("round %d: all or none of each bundle", round)
                    .hasSize(personsUpTo(willow, township.sync().intake().progress("410103100001").lastChangeId()));

            List<ImportService.Outcome> again = town.imports().importAll(finals, SyncWorld.QUIET);
            assertThat(again).as("round %d: importing again succeeds", round)
                    .noneMatch(o -> o.status() == ImportService.Status.REFUSED);
            assertThat(township.persons().page(0, 100_000))
                    .hasSize(personsUpTo(willow, township.sync().intake().progress("410103100001").lastChangeId()));
            for (Path f : finals) {
                Files.delete(f); // imported: the next round checks only what it wrote, so rounds stay quick
            }
        } finally {
            willow.close();
            township.close();
        }
    }

    private static int personsUpTo(Register village, long lastChangeId) {
        return (int) village.changes().after(0, 1_000_000).stream().filter(c -> c.changeId() <= lastChangeId)
                .map(Change::entityId).distinct().count();
    }
}
