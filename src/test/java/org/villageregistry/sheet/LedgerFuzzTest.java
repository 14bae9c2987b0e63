package org.villageregistry.sheet;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.villageregistry.domain.text.ClearRefusal;
import org.villageregistry.service.ledger.LedgerImportService;
import org.villageregistry.service.ledger.LedgerSheet;
import org.villageregistry.sync.SampleRegisters;
import org.villageregistry.sync.SampleRegistersFuzzTest;

/**
 * 柳树村's registrar opens whatever spreadsheet she was handed as an old ledger (.xlsx, .xls, .csv) and has it
 * checked against the register, as the import screen does before anything is saved. For any bytes, reading and
 * checking either succeed or refuse with a Chinese sentence; the check writes nothing. One village register
 * serves every input. Seeds (the sample ledgers) and saved crashers:
 * src/test/resources/org/villageregistry/sheet/LedgerFuzzTestInputs/.
 */
class LedgerFuzzTest extends SampleRegistersFuzzTest {
    static LedgerImportService ledgers;

    @BeforeAll
    static void theLedgerImport() {
        ledgers = new LedgerImportService(sample.willow, SampleRegisters.CLOCK, new LedgerWorkbooks());
    }


    @FuzzTest(maxDuration = "2m")
    void ledgerXlsx(byte[] content) throws IOException {
        readAndCheck(content, "柳树村人口台账.xlsx");
    }

    @FuzzTest(maxDuration = "2m")
    void ledgerXls(byte[] content) throws IOException {
        readAndCheck(content, "柳树村人口台账.xls");
    }

    @FuzzTest(maxDuration = "2m")
    void ledgerCsv(byte[] content) throws IOException {
        readAndCheck(content, "柳树村人口台账.csv");
    }

    private static void readAndCheck(byte[] content, String name) throws IOException {
        Path file = Files.write(stick.resolve(name), content);
        String before = SampleRegisters.rowCounts(sample.willow);
        ClearRefusal.readOrRefuse(() -> {
            LedgerSheet sheet = ledgers.readSheet(file);
            ledgers.dryRun(sheet, sheet.guessedMapping());
        });
        requireUnchanged(sample.willow, before, "checking a ledger changed the register");
    }
}
