package org.villageregistry.service.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.VillageRegister;
import org.villageregistry.sheet.LedgerWorkbooks;

/** A real (encrypted H2) register of 柳树村 on a fixed "today" of 2026-11-20, and the sample ledgers. */
final class LedgerRegister {
    static final LocalDate TODAY = VillageRegister.TODAY;
    static final Clock CLOCK = VillageRegister.CLOCK;
    static final Path SAMPLE_XLSX = Path.of("sample-data/ledger/柳树村人口台账.xlsx");
    static final Path SAMPLE_XLS = Path.of("sample-data/ledger/柳树村人口台账.xls");
    static final Path SAMPLE_CSV = Path.of("sample-data/ledger/柳树村人口台账-GBK.csv");

    private LedgerRegister() {
    }

    static Register open(Path home) {
        return VillageRegister.open(home);
    }

    static LedgerImportService importer(Register register) {
        return new LedgerImportService(register, CLOCK, new LedgerWorkbooks());
    }
}
