package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;

/**
 * A married woman whose husband dies is 丧偶 from his death on: 已婚育龄妇女 counts her in the months before it and
 * not after (her marriage is in the register, so the counts go by its date and the death's).
 */
class WidowhoodStatisticsTest {
    @TempDir
    Path home;
    private Register register;
    private RegisterServices services;
    private Person wife;

    @BeforeEach
    void marriedThenWidowed() {
        Messages.setLocale(Messages.CHINESE);
        register = VillageRegister.open(home);
        services = new RegisterServices(register, VillageRegister.CLOCK);
        Person husband = services.persons().register(VillageRegister.adult("张强", Sex.MALE, LocalDate.of(1985, 3, 3), 11)
                .build());
        wife = services.persons().register(VillageRegister.adult("李娜", Sex.FEMALE, LocalDate.of(1990, 6, 6), 22)
                .build());
        services.marriages().record(new MarriageReport(MarriageKind.MARRIAGE, husband.id(), wife.id(), null, null,
                LocalDate.of(2020, 5, 1), "J410103-2020-001", EventSource.SELF_REPORT));
        services.deaths().record(new DeathReport(husband.id(), LocalDate.of(2026, 11, 10), null, null,
                EventSource.SELF_REPORT));
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void sheIsMarriedUntilHerHusbandsDeathAndWidowedAfter() {
        assertThat(register.persons().get(wife.id()).maritalStatus()).isEqualTo(MaritalStatus.WIDOWED);
        assertThat(marriedWomen(YearMonth.of(2026, 10))).as("before his death").isEqualTo(1);
        assertThat(marriedWomen(YearMonth.of(2026, 11))).as("after it").isZero();
        assertThat(marriedWomen(YearMonth.of(2020, 4))).as("before the marriage").isZero();
    }

    private long marriedWomen(YearMonth month) {
        return new StatisticsService(register).of(VillageRegister.VILLAGE, "柳树村", Period.month(month))
                .marriedWomen15to49();
    }
}
