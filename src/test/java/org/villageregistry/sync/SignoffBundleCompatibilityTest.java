package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.sync.SyncCrypto;

/** Bundles written before monthly sign-off (the sample's committed ones) read as before: changes, no months. */
class SignoffBundleCompatibilityTest {
    @TempDir
    Path temp;

    @Test
    void aCommittedSampleBundleOfBeforeStillOpensDecryptsAndCountsAsImported() throws Exception {
        try (SampleRegisters sample = new SampleRegisters(temp)) {
            Path bundle;
            try (Stream<Path> files = Files.list(SampleRegisters.SAMPLE.resolve("bundles"))) {
                bundle = files.filter(f -> f.getFileName().toString().startsWith("410103100001_")).findFirst()
                        .orElseThrow();
            }
            var identity = sample.townshipSync.identity();
            SyncCrypto.OpenedBundle opened = identity.crypto().openBundle(bundle, identity.enrolments(),
                    identity.division(), identity.keys());
            assertThat(opened.info().signoffPeriods()).isEmpty();
            SyncCrypto.Contents contents = opened.contents(0, Optional.empty());
            assertThat(contents.signoffs()).isEmpty();
            assertThat(contents.changes()).hasSize(opened.info().total());
            List<ImportService.Outcome> again = sample.townshipSync.imports().importAll(List.of(bundle),
                    SyncWorld.QUIET);
            assertThat(again).singleElement().satisfies(o -> assertThat(o.status())
                    .isEqualTo(ImportService.Status.ALREADY_IMPORTED));
        }
    }
}
