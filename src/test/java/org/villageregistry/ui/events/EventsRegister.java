package org.villageregistry.ui.events;

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
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.storage.H2RegisterStore;

/** A real encrypted register of 柳树村 (410103100001) in a temporary folder, on a fixed "today" of 2026-11-20. */
public final class EventsRegister {
    public static final String VILLAGE = "410103100001";
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    private EventsRegister() {
    }

    /** The whole session, as a screen gets it, over a new village register. */
    public static org.villageregistry.session.Session session(Path home) {
        RegisterServices services = open(home);
        return org.villageregistry.app.TestSessions.of(services.register(), CLOCK, home);
    }

    public static RegisterServices open(Path home) {
        Register register = new WorkstationService(new H2RegisterStore(CLOCK)).init(home,
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of(VILLAGE), "柳树村"), "admin",
                "secret-1".toCharArray());
        return new RegisterServices(register, CLOCK);
    }

    /** A new register in a folder of its own below {@code parent} (a folder the tests of a class share). */
    public static RegisterServices openBelow(Path parent) {
        return open(parent.resolve(java.util.UUID.randomUUID().toString()));
    }

    /** 李秀英, the mother whose births the birth form tests record. */
    public static Person mother(RegisterServices services) {
        return services.persons().register(adult("李秀英", Sex.FEMALE, LocalDate.of(1995, 4, 2), 2).build());
    }

    /** 张建国, the father of her children. */
    public static Person father(RegisterServices services) {
        return services.persons().register(adult("张建国", Sex.MALE, LocalDate.of(1993, 8, 9), 1).build());
    }

    /** A complete adult with a valid ID number; {@code order} odd for men, even for women. */
    public static Person.Builder adult(String name, Sex sex, LocalDate born, int order) {
        return Person.builder().name(name).sex(sex).birthDate(born)
                .idNumber(IdNumber.compose("410103", born, order)).ethnicity(Ethnicity.HAN)
                .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .firstMarriageDate(born.plusYears(22));
    }
}
