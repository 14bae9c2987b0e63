package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;

/**
 * A death with no marriage in the register changes nobody's marital status, but names the household's likely
 * spouse for the registrar to check; with the marriage recorded the widow is made 丧偶 and no hint is given.
 */
class DeathSpouseHintTest {
    @TempDir
    Path home;
    private Register register;
    private RegisterServices services;
    private Person husband;
    private Person wife;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        register = VillageRegister.open(home);
        services = new RegisterServices(register, VillageRegister.CLOCK);
        List<Person> members = new HouseholdService(register, VillageRegister.CLOCK).add(new NewHousehold("0101",
                "一组", "柳树村一组 1 号", HukouType.AGRICULTURAL, null, List.of(
                        married(VillageRegister.adult("陈国强", Sex.MALE, LocalDate.of(1950, 1, 1), 17))
                                .relation(RelationToHead.HEAD).build(),
                        married(VillageRegister.adult("周桂兰", Sex.FEMALE, LocalDate.of(1952, 2, 2), 28))
                                .relation(RelationToHead.SPOUSE).build(),
                        VillageRegister.adult("陈明", Sex.MALE, LocalDate.of(1978, 3, 3), 31)
                                .relation(RelationToHead.SON).build()))).members();
        husband = members.get(0);
        wife = members.get(1);
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void withoutAMarriageRecordTheWifeIsNamedForReviewAndLeftAsSheWas() {
        services.deaths().record(new DeathReport(husband.id(), LocalDate.of(2026, 11, 10), "家中", null,
                EventSource.SELF_REPORT));

        assertThat(services.deaths().spouseToReview(husband.id())).map(Person::id).contains(wife.id());
        assertThat(register.persons().get(wife.id()).maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
    }

    @Test
    void theDeathFormSaysSoAfterSaving() {
        var form = new org.villageregistry.ui.events.death.DeathFormModel(services.deaths(), services.persons(),
                new org.villageregistry.service.task.SameThreadTaskExecutor());
        form.person().pick(husband);
        form.date().set("2026-11-10");
        form.save();

        assertThat(form.savedMessage().get()).contains("同户的 周桂兰 婚姻状况仍是“初婚”：登记里没有 陈国强 与 周桂兰 的结婚记录",
                "把婚姻状况改为丧偶");
    }

    @Test
    void withTheMarriageRecordedTheWidowIsMadeWidowedAndNoHintIsGiven() {
        bothUnmarried();
        services.marriages().record(new MarriageReport(MarriageKind.MARRIAGE, husband.id(), wife.id(), null, null,
                LocalDate.of(1975, 1, 1), null, EventSource.SELF_REPORT));
        services.deaths().record(new DeathReport(husband.id(), LocalDate.of(2026, 11, 10), "家中", null,
                EventSource.SELF_REPORT));

        assertThat(register.persons().get(wife.id()).maritalStatus()).isEqualTo(MaritalStatus.WIDOWED);
        assertThat(services.deaths().spouseToReview(husband.id())).isEmpty();
    }

    @Test
    void aMarriageAfterARecordedDivorceThatWasNeverRecordedIsNamedToo() {
        bothUnmarried();
        services.marriages().record(new MarriageReport(MarriageKind.MARRIAGE, husband.id(), wife.id(), null, null,
                LocalDate.of(1975, 1, 1), null, EventSource.SELF_REPORT));
        services.marriages().record(new MarriageReport(MarriageKind.DIVORCE, husband.id(), wife.id(), null, null,
                LocalDate.of(1990, 1, 1), null, EventSource.SELF_REPORT));
        // they married each other again, which nobody recorded: both set 复婚 by hand
        for (Person p : List.of(husband, wife)) {
            services.persons().update(register.persons().get(p.id()).toBuilder()
                    .maritalStatus(MaritalStatus.REMARRIED).build());
        }
        services.deaths().record(new DeathReport(husband.id(), LocalDate.of(2026, 11, 10), "家中", null,
                EventSource.SELF_REPORT));

        assertThat(register.persons().get(wife.id()).maritalStatus()).isEqualTo(MaritalStatus.REMARRIED);
        assertThat(services.deaths().spouseToReview(husband.id())).map(Person::id).contains(wife.id());
    }

    @Test
    void theSonIsNoSpouse() {
        Person son = register.persons().members(husband.householdId()).stream().filter(p -> p.name().equals("陈明"))
                .findFirst().orElseThrow();
        services.persons().update(register.persons().get(son.id()).toBuilder()
                .maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(LocalDate.of(2002, 5, 1)).build());
        services.deaths().record(new DeathReport(wife.id(), LocalDate.of(2026, 11, 10), "家中", null,
                EventSource.SELF_REPORT));

        assertThat(services.deaths().spouseToReview(wife.id())).map(Person::id).contains(husband.id());
    }

    /** The couple as not married yet, so their marriage can be recorded. */
    private void bothUnmarried() {
        for (Person p : List.of(husband, wife)) {
            services.persons().update(register.persons().get(p.id()).toBuilder()
                    .maritalStatus(MaritalStatus.UNMARRIED).firstMarriageDate(null).build());
        }
    }

    private static Person.Builder married(Person.Builder b) {
        return b.maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(LocalDate.of(1975, 1, 1));
    }
}
