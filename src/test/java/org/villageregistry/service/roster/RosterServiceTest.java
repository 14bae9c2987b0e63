package org.villageregistry.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.VillageRegister;

/**
 * 育龄妇女: women aged 15–49 full years on the day, in the register on that day, oldest first, each with her whole
 * record (the roster picks them from the persons' facts and reads only those).
 */
class RosterServiceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @TempDir
    Path temp;
    private Register register;
    private PersonService persons;

    @BeforeEach
    void open() {
        register = VillageRegister.open(temp);
        persons = new PersonService(register, VillageRegister.CLOCK);
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void womenFifteenToFortyNineOnTheDayOldestFirstWithTheirWholeRecords() {
        add(woman("刘芳", "1990-03-01", 2).maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .firstMarriageDate(LocalDate.of(2014, 5, 1)).phone("13900000001")
                .residence(ResidenceStatus.AWAY));
        add(woman("陈静", "2011-06-30", 4));                   // 15 that day
        add(woman("周敏", "2011-07-01", 6));                   // 14
        add(woman("吴丽", "1976-07-01", 8));                   // 49
        add(woman("郑红", "1976-06-30", 10));                  // 50
        add(VillageRegister.adult("孙强", Sex.MALE, LocalDate.of(1990, 1, 1), 1));
        add(woman("钱梅", "1995-01-01", 12).enteredOn(LocalDate.of(2026, 8, 1)));   // came after the day
        add(woman("冯霞", "1988-01-01", 14).leftOn(LocalDate.of(2026, 3, 1))
                .residence(ResidenceStatus.MOVED_OUT));
        Person voided = add(woman("何燕", "1992-01-01", 16));
        persons.voidPerson(voided.id(), "重复登记");

        Roster roster = new RosterService(register).roster(DAY, 12);

        assertThat(roster.women()).extracting(w -> w.woman().name() + " " + w.age() + (w.married() ? " 已婚" : "")
                + (w.away() ? " 流出" : "")).containsExactly("吴丽 49", "刘芳 36 已婚 流出", "陈静 15");
        assertThat(roster.women().get(1).woman().phone()).isEqualTo("13900000001");
        assertThat(roster.women()).allSatisfy(w -> assertThat(w.woman().version()).isPositive());
    }

    private Person add(Person.Builder draft) {
        return persons.register(draft.build());
    }

    private static Person.Builder woman(String name, String born, int order) {
        return VillageRegister.adult(name, Sex.FEMALE, LocalDate.parse(born), order)
                .maritalStatus(MaritalStatus.UNMARRIED);
    }
}
