package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;

/** The birth form's warning without a father names her children's fathers so the registrar can tell them apart. */
class FatherNamesInWarningTest {
    @TempDir
    Path home;
    private Register register;
    private RegisterServices services;
    private Person mother;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        register = VillageRegister.open(home);
        services = new RegisterServices(register, VillageRegister.CLOCK);
        mother = services.persons().register(VillageRegister.adult("周桂兰", Sex.FEMALE, LocalDate.of(1990, 2, 2), 28)
                .build());
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void twoFathersOfTheSameNameAreToldApartByTheirHouseholdNumbers() {
        Person first = father("0101", 13);
        Person second = father("0207", 15);
        child("王小明", first, LocalDate.of(2015, 3, 1), 33);
        child("王小红", second, LocalDate.of(2020, 6, 1), 45);

        assertThat(warning()).contains("（父亲 王伟（户号 0101）、王伟（户号 0207））");
    }

    @Test
    void oneFatherIsNamedAlone() {
        Person only = father("0101", 13);
        child("王小明", only, LocalDate.of(2015, 3, 1), 33);
        child("王小红", only, LocalDate.of(2020, 6, 1), 45);

        assertThat(warning()).contains("（父亲 王伟）");
    }

    private String warning() {
        List<Problem> problems = services.births().check(new BirthReport(mother.id(), null,
                LocalDateTime.of(2026, 11, 10, 8, 0), BirthPlace.HOSPITAL, null, EventSource.SELF_REPORT,
                List.of(new BirthReport.NewChild("王小宝", Sex.MALE, null, null, null, null))), false);
        return problems.stream().filter(p -> p.key().equals("service.birth.fatherBlank")).findFirst().orElseThrow()
                .message();
    }

    private Person father(String household, int order) {
        return new HouseholdService(register, VillageRegister.CLOCK).add(new NewHousehold(household, "一组",
                "柳树村一组 " + household + " 号", HukouType.AGRICULTURAL, null, List.of(VillageRegister.adult("王伟",
                        Sex.MALE, LocalDate.of(1988, 1, 1).plusDays(order), order).relation(RelationToHead.HEAD)
                        .build()))).members().get(0);
    }

    private void child(String name, Person father, LocalDate born, int order) {
        services.persons().register(VillageRegister.adult(name, Sex.MALE, born, order).motherId(mother.id())
                .fatherId(father.id()).build());
    }
}
