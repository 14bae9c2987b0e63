package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.Recorded;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.storage.H2RegisterStore;

/**
 * 青山镇's hospital list for November names three births: 李秀英's on 11-06 (柳树村 recorded it on 11-05, within three
 * days: reported), a mother 柳树村 does not know, and one at 杨庄村 that 杨庄村 has not recorded. 出生漏报率: 柳树村
 * 1 of 2, 杨庄村 1 of 1, the township 2 of 3 (an October birth on the list is October's).
 */
class TownshipUnderReportingTest {
    static final String WILLOW = "410103100001";
    static final String POPLAR = "410103100002";

    @TempDir
    Path home;

    @Test
    void theReconciliationListGivesEachVillageAndTheTownshipTheirRate() {
        WorkstationService workstations = new WorkstationService(new H2RegisterStore(VillageRegister.CLOCK));
        try (Register township = workstations.init(home, new WorkstationSetup(WorkstationRole.TOWNSHIP,
                DivisionCode.of("410103100"), "青山镇"), "clerk", "secret-1".toCharArray())) {
            workstations.nameVillage(township, new Division(DivisionCode.of(WILLOW), "柳树村"));
            workstations.nameVillage(township, new Division(DivisionCode.of(POPLAR), "杨庄村"));
            Person mother = VillageRegister.adult("李秀英", Sex.FEMALE, LocalDate.of(1992, 7, 15), 22).owner(WILLOW)
                    .enteredOn(LocalDate.of(2026, 1, 1)).version(1).build();
            township.transactions().write(() -> {
                township.persons().saveReceived(mother);
                township.births().saveReceived(new Birth(UUID.randomUUID(), 1, WILLOW, null, mother.id(), null,
                        LocalDate.of(2026, 11, 5).atTime(7, 0), Sex.FEMALE, 1, BirthPlace.HOSPITAL, 3100, 39, null,
                        null, Recorded.selfReport(LocalDate.of(2026, 11, 6), "张会计"), null));
                var list = township.sync().feedback();
                list.addKnownBirth(known(WILLOW, "2026-11-06", "李秀英", mother.idNumber()));
                list.addKnownBirth(known(WILLOW, "2026-11-12", "刘梅", "410103199001011249"));
                list.addKnownBirth(known(POPLAR, "2026-11-20", "杨丽", "410103199202021245"));
                list.addKnownBirth(known(POPLAR, "2026-10-20", "杨芳", "410103199303031241"));
            });

            StatisticsReport report = new StatisticsService(township).compute(Period.parse("2026-11"));

            assertThat(report.villages().get(0).underReporting()).contains(new Share(1, 2));
            assertThat(report.villages().get(1).underReporting()).contains(new Share(1, 1));
            assertThat(report.total().underReporting()).contains(new Share(2, 3));
            assertThat(report.total().dataQuality().unresolvedConflicts()).as("a township keeps its conflicts")
                    .contains(0L);
            assertThat(report.total().dataQuality().notAcknowledged()).as("no bundle waits for a receipt")
                    .contains(0L);
        }
    }

    private static KnownBirth known(String village, String day, String mother, String motherId) {
        return new KnownBirth(0, village, "县医院", "", "女", LocalDate.parse(day), mother, motherId);
    }
}
