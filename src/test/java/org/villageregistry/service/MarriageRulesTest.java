package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RuleViolationException;

/**
 * A marriage is refused for a child under the legal age (民法典: a man 22, a woman 20) or dated before a spouse's
 * birth, and the other party's ID number is checked as every ID number typed here; nothing changes when refused.
 */
class MarriageRulesTest {
    @TempDir
    Path home;
    private Register register;
    private RegisterServices services;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        register = VillageRegister.open(home);
        services = new RegisterServices(register, VillageRegister.CLOCK);
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void aChildOrAManOf21IsNotMarriedAndAManOf22Is() {
        Person boy = services.persons().register(Person.builder().name("王文博").sex(Sex.MALE)
                .birthDate(LocalDate.of(2021, 1, 14)).ethnicity(org.villageregistry.domain.person.Ethnicity.HAN)
                .hukouType(org.villageregistry.domain.person.HukouType.AGRICULTURAL).build());
        assertThatThrownBy(() -> marry(boy, "赵小红", null, "2026-11-16")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("王文博 登记时 5 周岁，未到法定婚龄（男不早于 22 周岁）");
        assertThatThrownBy(() -> marry(boy, "赵小红", null, "2020-05-01"))
                .hasMessageContaining("王文博 生于 2021-01-14，登记日期不能在出生以前");
        assertThat(register.persons().get(boy.id()).maritalStatus()).isNotEqualTo(MaritalStatus.FIRST_MARRIAGE);
        assertThat(register.marriages().byPerson(boy.id())).isEmpty();

        Person young = services.persons().register(VillageRegister.adult("刘志强", Sex.MALE,
                LocalDate.of(2004, 11, 20), 35).maritalStatus(MaritalStatus.UNMARRIED).build());
        assertThatThrownBy(() -> marry(young, "赵小红", null, "2026-11-16"))
                .hasMessageContaining("刘志强 登记时 21 周岁");
        marry(young, "赵小红", null, "2026-11-20");
        assertThat(register.persons().get(young.id()).maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
    }

    @Test
    void theOtherPartysIdNumberIsCheckedAsAnyIdNumberTypedHere() {
        Person man = services.persons().register(VillageRegister.adult("刘志强", Sex.MALE,
                LocalDate.of(1995, 3, 15), 37).maritalStatus(MaritalStatus.UNMARRIED).build());
        assertThatThrownBy(() -> marry(man, "赵小红", "12345", "2026-11-16"))
                .hasMessageContaining("身份证号");
        String woman = IdNumber.compose("410103", LocalDate.of(1996, 2, 2), 24);
        String wrongCheck = woman.substring(0, 17) + (woman.charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> marry(man, "赵小红", wrongCheck, "2026-11-16"))
                .hasMessageContaining("身份证号校验位错误：应为 " + woman.charAt(17));
        String aMan = IdNumber.compose("410103", LocalDate.of(1996, 2, 2), 25);
        assertThatThrownBy(() -> marry(man, "赵小红", aMan, "2026-11-16")).hasMessageContaining("性别");
        assertThat(register.marriages().byPerson(man.id())).isEmpty();

        marry(man, "赵小红", woman, "2026-11-16");
        assertThat(register.marriages().byPerson(man.id())).singleElement()
                .satisfies(m -> assertThat(m.otherPartyIdNumber()).isEqualTo(woman));
    }

    private void marry(Person husband, String wifeName, String wifeId, String day) {
        services.marriages().record(new MarriageReport(MarriageKind.MARRIAGE, husband.id(), null, wifeName, wifeId,
                LocalDate.parse(day), null, EventSource.SELF_REPORT));
    }
}
