package org.villageregistry.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample ledger in sample-data/ledger is made by {@link SampleLedger}. Run with
 * {@code -Dledger.sample.write=true} to write it again after changing the generator.
 */
class SampleLedgerTest {
    static final Path FOLDER = Path.of("sample-data/ledger");

    @TempDir
    Path temp;

    @Test
    void theCommittedSampleLedgerIsWhatTheGeneratorMakes() throws Exception {
        if (Boolean.getBoolean("ledger.sample.write")) {
            SampleLedger.writeAll(FOLDER);
        }
        SampleLedger.writeAll(temp);

        assertThat(Files.readAllBytes(FOLDER.resolve("柳树村人口台账-GBK.csv")))
                .isEqualTo(Files.readAllBytes(temp.resolve("柳树村人口台账-GBK.csv")));
        LedgerWorkbooks files = new LedgerWorkbooks();
        assertThat(files.read(FOLDER.resolve("柳树村人口台账.xlsx")).rows())
                .isEqualTo(files.read(temp.resolve("柳树村人口台账.xlsx")).rows());
        assertThat(files.read(FOLDER.resolve("柳树村人口台账.xls")).rows())
                .isEqualTo(files.read(temp.resolve("柳树村人口台账.xlsx")).rows());
    }
}
