package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.storage.H2RegisterStore;

/** 青山镇 holds the registers its villages sent: statistics show each village and the township total. */
class TownshipStatisticsTest {
    @TempDir
    Path home;

    @Test
    void aTownshipSeesEachVillageAndTheTotal() {
        WorkstationService workstations = new WorkstationService(new H2RegisterStore(VillageRegister.CLOCK));
        try (Register township = workstations.init(home, new WorkstationSetup(WorkstationRole.TOWNSHIP,
                DivisionCode.of("410103100"), "青山镇"), "clerk", "secret-1".toCharArray())) {
            workstations.nameVillage(township, new Division(DivisionCode.of("410103100001"), "柳树村"));
            workstations.nameVillage(township, new Division(DivisionCode.of("410103100002"), "杨庄村"));
            LocalDate jan1 = LocalDate.of(2026, 1, 1);
            township.transactions().write(() -> {
                township.persons().saveReceived(VillageRegister.adult("王建国", Sex.MALE, LocalDate.of(1990, 3, 1), 11)
                        .owner("410103100001").enteredOn(jan1).version(1).build());
                township.persons().saveReceived(VillageRegister.adult("李秀英", Sex.FEMALE, LocalDate.of(1992, 7, 15),
                        22).owner("410103100001").enteredOn(jan1).version(1).build());
                township.persons().saveReceived(VillageRegister.adult("杨芳", Sex.FEMALE, LocalDate.of(1960, 1, 1), 24)
                        .owner("410103100002").enteredOn(jan1).version(1).build());
            });

            StatisticsReport report = new StatisticsService(township).compute(Period.parse("2026-Q4"));

            assertThat(report.villages()).extracting(DivisionStatistics::divisionName).containsExactly("柳树村", "杨庄村");
            assertThat(report.villages()).extracting(DivisionStatistics::populationEnd).containsExactly(2L, 1L);
            assertThat(report.total().populationEnd()).isEqualTo(3);
            assertThat(report.total().women15to49()).isEqualTo(1);
        }
    }

    @Test
    void aVillageOfAnotherTownshipCannotBeNamedHere() {
        WorkstationService workstations = new WorkstationService(new H2RegisterStore(VillageRegister.CLOCK));
        try (Register township = workstations.init(home, new WorkstationSetup(WorkstationRole.TOWNSHIP,
                DivisionCode.of("410103100"), "青山镇"), "clerk", "secret-1".toCharArray())) {
            assertThatThrownBy(() -> workstations.nameVillage(township,
                    new Division(DivisionCode.of("410103200001"), "外乡村")))
                    .isInstanceOf(RegistryException.class).hasMessageContaining("不属于本乡镇");
        }
    }
}
