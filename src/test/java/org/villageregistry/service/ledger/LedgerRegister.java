package org.villageregistry.service.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.sheet.LedgerWorkbooks;
import org.villageregistry.storage.H2RegisterStore;

/** A real (encrypted H2) register of 柳树村 on a fixed "today" of 2026-11-20, and the sample ledgers. */
final class LedgerRegister {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    static final Path SAMPLE_XLSX = Path.of("sample-data/ledger/柳树村人口台账.xlsx");
    static final Path SAMPLE_XLS = Path.of("sample-data/ledger/柳树村人口台账.xls");
    static final Path SAMPLE_CSV = Path.of("sample-data/ledger/柳树村人口台账-GBK.csv");

    private LedgerRegister() {
    }

    static Register open(Path home) {
        return new WorkstationService(new H2RegisterStore(CLOCK)).init(home,
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of("410103100001"), "柳树村"), "admin",
                "secret-1".toCharArray());
    }

    static LedgerImportService importer(Register register) {
        return new LedgerImportService(register, CLOCK, new LedgerWorkbooks());
    }
}
