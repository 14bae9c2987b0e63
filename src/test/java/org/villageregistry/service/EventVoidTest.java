package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;

/**
 * A death or marriage recorded by mistake is voided and its persons put back as they stood before it; refused when
 * they have changed since; a birth goes with the child's record.
 */
class EventVoidTest {
    @TempDir
    Path home;
    private Register register;
    private RegisterServices services;
    private Person chen;
    private Person zhou;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        register = VillageRegister.open(home);
        services = new RegisterServices(register, VillageRegister.CLOCK);
        chen = services.persons().register(VillageRegister.adult("陈国强", Sex.MALE, LocalDate.of(1950, 1, 1), 17)
                .build());
        zhou = services.persons().register(VillageRegister.adult("周桂兰", Sex.FEMALE, LocalDate.of(1952, 2, 2), 28)
                .build());
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void aDeathOfTheWrongPersonIsVoidedAndHeAndHisWidowAreAsBefore() {
        Marriage married = marry(MarriageKind.MARRIAGE, "1975-01-01");
        Death death = services.deaths().record(new DeathReport(chen.id(), LocalDate.of(2026, 11, 10), "家中", null,
                EventSource.SELF_REPORT));
        assertThat(person(chen).residence()).isEqualTo(ResidenceStatus.DEAD);
        assertThat(person(zhou).maritalStatus()).isEqualTo(MaritalStatus.WIDOWED);

        services.eventCorrections().voidEvent(death.id(), death.version(), "选错了人");

        assertThat(person(chen).residence()).isEqualTo(ResidenceStatus.RESIDENT);
        assertThat(person(chen).leftOn()).isNull();
        assertThat(person(chen).isActive()).isTrue();
        assertThat(person(zhou).maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
        assertThat(register.deaths().get(death.id()).voidReason()).isEqualTo("选错了人");
        assertThat(register.marriages().get(married.id()).isVoided()).isFalse();
        assertThat(register.audit().list(AuditFilter.all().of(AuditAction.EVENT_VOIDED), 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.detail()).doesNotContain("选错了人"));
        assertThatThrownBy(() -> services.eventCorrections().voidEvent(death.id(), death.version() + 1, "再来"))
                .hasMessageContaining("已经作废");
    }

    @Test
    void aMarriageIsVoidedOnlyAfterTheDivorceThatFollowsIt() {
        Marriage married = marry(MarriageKind.MARRIAGE, "2020-05-01");
        Marriage divorced = marry(MarriageKind.DIVORCE, "2024-05-01");

        assertThatThrownBy(() -> services.eventCorrections().voidEvent(married.id(), married.version(), "录错"))
                .hasMessageContaining("陈国强 在这次登记之后还有婚姻登记");

        services.eventCorrections().voidEvent(divorced.id(), divorced.version(), "不是他们");
        assertThat(person(chen).maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
        assertThat(services.persons().show(chen.id()).timeline()).filteredOn(e -> e.recordId().equals(divorced.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.text()).isEqualTo("离婚（已作废：不是他们）");
                    assertThat(e.isCorrectableEvent()).isFalse();
                });
        assertThat(person(zhou).firstMarriageDate()).isEqualTo(LocalDate.of(2020, 5, 1));

        services.eventCorrections().voidEvent(married.id(), married.version(), "录错");
        for (Person p : List.of(person(chen), person(zhou))) {
            assertThat(p.maritalStatus()).isEqualTo(MaritalStatus.UNMARRIED);
            assertThat(p.firstMarriageDate()).isNull();
        }
    }

    @Test
    void aPersonChangedSinceIsNotPutBackBehindTheRegistrarsBack() {
        Marriage married = marry(MarriageKind.MARRIAGE, "2020-05-01");
        services.persons().correct(person(zhou).toBuilder().maritalStatus(MaritalStatus.REMARRIED).build(),
                CorrectionReason.ENTRY_ERROR);

        assertThatThrownBy(() -> services.eventCorrections().voidEvent(married.id(), married.version(), "录错"))
                .hasMessageContaining("周桂兰 的档案在这次登记之后又改过");
        assertThat(register.marriages().get(married.id()).isVoided()).isFalse();
        assertThat(person(chen).maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
    }

    @Test
    void aBirthGoesWithTheChildsRecordAndAReasonIsAsked() {
        Birth birth = services.births().record(new BirthReport(zhou.id(), chen.id(), LocalDateTime.of(2026, 10, 1, 8, 0),
                BirthPlace.HOSPITAL, null, EventSource.SELF_REPORT,
                List.of(new BirthReport.NewChild("陈小宝", Sex.MALE, null, null, null, null))), true).births().get(0);

        assertThatThrownBy(() -> services.eventCorrections().voidEvent(birth.id(), birth.version(), "重复"))
                .hasMessageContaining("请打开孩子 陈小宝 的档案");
        assertThatThrownBy(() -> services.eventCorrections().voidEvent(birth.id(), birth.version(), " "))
                .hasMessageContaining("原因");

        services.persons().voidPerson(birth.childId(), "重复登记");
        assertThat(register.births().get(birth.id()).voidReason()).isEqualTo("重复登记");
    }

    private Marriage marry(MarriageKind kind, String day) {
        return services.marriages().record(new MarriageReport(kind, chen.id(), zhou.id(), null, null,
                LocalDate.parse(day), null, EventSource.SELF_REPORT));
    }

    private Person person(Person p) {
        return register.persons().get(p.id());
    }
}
