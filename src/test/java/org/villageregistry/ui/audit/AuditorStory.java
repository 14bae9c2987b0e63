package org.villageregistry.ui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.villageregistry.TestClock;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.access.AccountService;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;

/**
 * A village workstation with a fortnight of audit history, as the auditor finds it: the administrator sets up
 * and adds 王秀英 (registrar) and 老周 (auditor); 王秀英 signs in on 3 November and looks at 王芳's full ID
 * number, mistypes her password on 5 November, signs in again on 6 November; 老周 signs in on 10 November.
 */
final class AuditorStory {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String ADMIN = "admin";
    static final String REGISTRAR = "王秀英";
    static final String AUDITOR = "老周";
    static final String PASSWORD = "liushu-2026";
    static final LocalDate BORN = LocalDate.of(1990, 4, 12);
    static final String WANG_FANG_ID = IdNumber.compose("410103", BORN, 22);

    /** A clock the story moves forward by hand, in Beijing time. */
    static final class StoryClock extends TestClock {
        StoryClock() {
            super(null, BEIJING);
        }

        void at(int day, int hour) {
            set(ZonedDateTime.of(2026, 11, day, hour, 0, 0, 0, BEIJING).toInstant());
        }
    }

    final StoryClock clock = new StoryClock();
    final H2RegisterStore store = TestStores.quick(clock);
    final Path home;
    Person wangFang;

    AuditorStory(Path home) {
        this.home = home;
    }

    /** Plays the fortnight and leaves the register open for the auditor, on 10 November. */
    Register signInAsAuditor() {
        clock.at(2, 9);
        try (Register admin = new WorkstationService(store).init(home, new WorkstationSetup(WorkstationRole.VILLAGE,
                DivisionCode.of("410103100001"), "柳树村"), ADMIN, PASSWORD.toCharArray())) {
            AccountService accounts = new AccountService(store);
            accounts.addUser(admin, REGISTRAR, UserRole.REGISTRAR, PASSWORD.toCharArray());
            accounts.addUser(admin, AUDITOR, UserRole.AUDITOR, PASSWORD.toCharArray());
            wangFang = new PersonService(admin, clock).register(Person.builder().name("王芳").sex(Sex.FEMALE)
                    .birthDate(BORN).idNumber(WANG_FANG_ID).ethnicity(Ethnicity.HAN)
                    .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.MARRIED).build());
        }
        clock.at(3, 10);
        try (Register registrar = store.open(home, REGISTRAR, PASSWORD.toCharArray())) {
            new PersonService(registrar, clock).revealIdNumber(wangFang.id());
        }
        clock.at(5, 8);
        try {
            store.open(home, REGISTRAR, "wrong-password".toCharArray()).close();
            throw new IllegalStateException("a wrong password opened the register");
        } catch (RuntimeException refused) {
            // the failed sign-in is noted and moved into the audit log at the next sign-in
        }
        clock.at(6, 9);
        store.open(home, REGISTRAR, PASSWORD.toCharArray()).close();
        clock.at(10, 15);
        return store.open(home, AUDITOR, PASSWORD.toCharArray());
    }
}
