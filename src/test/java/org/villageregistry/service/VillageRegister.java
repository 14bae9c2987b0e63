package org.villageregistry.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.storage.H2RegisterStore;

/**
 * A real (encrypted H2) village register of 柳树村 in a temporary folder, on a fixed "today" of 2026-11-20: the one
 * set-up of the service, ledger, home and view tests that need a new village register.
 */
public final class VillageRegister {
    public static final String VILLAGE = "410103100001";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    private VillageRegister() {
    }

    public static Register open(Path home) {
        return open(home, CLOCK);
    }

    /** The register with another clock, e.g. a test's own fixed "today". */
    public static Register open(Path home, Clock clock) {
        return new WorkstationService(new H2RegisterStore(clock)).init(home,
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of(VILLAGE), "柳树村"), "admin",
                "secret-1".toCharArray());
    }

    /** A complete adult record with a valid ID number; {@code order} odd for men, even for women. */
    public static Person.Builder adult(String name, Sex sex, LocalDate born, int order) {
        return Person.builder().name(name).sex(sex).birthDate(born)
                .idNumber(IdNumber.compose("410103", born, order)).ethnicity(Ethnicity.HAN)
                .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.UNMARRIED);
    }
}
