package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.BirthService;
import org.villageregistry.service.DeathReport;
import org.villageregistry.service.DeathService;
import org.villageregistry.service.MarriageReport;
import org.villageregistry.service.MarriageService;
import org.villageregistry.service.MoveInReport;
import org.villageregistry.service.MoveOutReport;
import org.villageregistry.service.MoveService;

/**
 * Eleven months of 柳树村 and 杨庄村 sent to 城关镇 bundle by bundle: a bride transfers from 柳树村 to 杨庄村 under
 * her own record (柳树村's move-out arrives a bundle before 杨庄村's move-in), 张敏 transfers and 杨庄村 records her
 * as a new record with her ID number (its bundle before 柳树村's move-out), a death, a birth, a marriage, going away
 * to work. After every bundle, every period's figures and every list at the township are each village's own.
 */
class TransferHistoryAgreementTest extends TwoVillagesAgreement {
    TransferHistoryAgreementTest() {
        super("2025", "2026", "2026-Q2");
    }

    @Test
    void bothHistoriesOfATransferStayAtTheTownshipAndEveryPeriodAddsUp() throws Exception {
        Person bride = willow("李娟", Sex.FEMALE, LocalDate.of(2000, 3, 8), 2, MaritalStatus.UNMARRIED);
        Person zhang = willow("张敏", Sex.FEMALE, LocalDate.of(1995, 6, 1), 4, MaritalStatus.UNMARRIED);
        Person oldMan = willow("钱老汉", Sex.MALE, LocalDate.of(1940, 2, 2), 1, MaritalStatus.WIDOWED);
        Person worker = willow("吴强", Sex.MALE, LocalDate.of(1990, 5, 5), 3, MaritalStatus.UNMARRIED);
        Person mother = willow("王芳", Sex.FEMALE, LocalDate.of(1994, 9, 9), 6, MaritalStatus.FIRST_MARRIAGE);
        Person father = willow("刘军", Sex.MALE, LocalDate.of(1992, 1, 3), 5, MaritalStatus.FIRST_MARRIAGE);
        Person groom = poplar("赵刚", Sex.MALE, LocalDate.of(1998, 4, 4), 7);
        poplar("孙丽", Sex.FEMALE, LocalDate.of(1988, 8, 8), 8);
        // away at work since before the register, then the hukou moved out: the months before count him away
        Person away = world.willow.addPerson(villager("郑强", Sex.MALE, LocalDate.of(1985, 7, 7), 9,
                MaritalStatus.UNMARRIED).enteredOn(LONG_AGO).residence(ResidenceStatus.AWAY).build());
        sendAndCompare(world.willow, world.poplar);

        LocalDate married = LocalDate.of(2026, 4, 10);
        LocalDate moved = LocalDate.of(2026, 4, 15);
        new MoveService(world.willow.register, SyncWorld.CLOCK).moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, moved,
                List.of(bride.id()), null, world.poplar.code(), "杨庄村", MoveReason.MARRIAGE, null));
        new DeathService(world.willow.register, SyncWorld.CLOCK).record(new DeathReport(oldMan.id(),
                LocalDate.of(2026, 5, 3), "家中", null, EventSource.SELF_REPORT));
        new MoveService(world.willow.register, SyncWorld.CLOCK).moveOut(new MoveOutReport(MoveKind.FLOAT_OUT,
                LocalDate.of(2026, 6, 1), List.of(worker.id()), null, null, "广东东莞", MoveReason.WORK, null));
        sendAndCompare(world.willow);
        assertThat(world.township.register.persons().get(bride.id()).owner())
                .as("杨庄村 has sent nothing: 柳树村's move-out alone moves no ownership").isEqualTo(world.willow.code());

        new MoveService(world.poplar.register, SyncWorld.CLOCK).moveIn(new MoveInReport(MoveKind.HUKOU_IN, moved,
                world.willow.code(), "柳树村", MoveReason.MARRIAGE, EventSource.SELF_REPORT, null, null,
                List.of(bride.toBuilder().version(0).owner(null).maritalStatus(MaritalStatus.UNMARRIED)
                        .enteredOn(moved).build())));
        new MarriageService(world.poplar.register, SyncWorld.CLOCK).record(new MarriageReport(MarriageKind.MARRIAGE,
                groom.id(), bride.id(), null, null, married, "J410103-2026-000101", EventSource.SELF_REPORT));
        LocalDate zhangMoved = LocalDate.of(2026, 7, 1);
        new MoveService(world.poplar.register, SyncWorld.CLOCK).moveIn(new MoveInReport(MoveKind.HUKOU_IN,
                zhangMoved, world.willow.code(), "柳树村", MoveReason.FAMILY, EventSource.SELF_REPORT, null, null,
                List.of(villager("张敏", Sex.FEMALE, zhang.birthDate(), 4, MaritalStatus.UNMARRIED).build())));
        sendAndCompare(world.poplar);
        assertThat(world.township.register.persons().get(bride.id()).owner())
                .as("matched on 杨庄村's move-in: ownership moves").isEqualTo(world.poplar.code());
        assertThat(world.township.register.transferredPersons().find(bride.id(), world.willow.code()))
                .get().extracting(Person::residence).isEqualTo(ResidenceStatus.MOVED_OUT);

        new MoveService(world.willow.register, SyncWorld.CLOCK).moveOut(new MoveOutReport(MoveKind.HUKOU_OUT,
                zhangMoved, List.of(zhang.id()), null, world.poplar.code(), "杨庄村", MoveReason.FAMILY, null));
        new MoveService(world.willow.register, SyncWorld.CLOCK).moveOut(new MoveOutReport(MoveKind.HUKOU_OUT,
                LocalDate.of(2026, 8, 20), List.of(away.id()), null, "440300000000", "深圳", MoveReason.WORK, null));
        LocalDateTime born = LocalDateTime.of(2026, 8, 5, 6, 30);
        new BirthService(world.willow.register, SyncWorld.CLOCK).record(new BirthReport(mother.id(), father.id(),
                born, BirthPlace.HOSPITAL, 39, EventSource.SELF_REPORT, List.of(new BirthReport.NewChild("刘小宝",
                        Sex.MALE, born, 3300, "O410000001", "健康"))), true);
        sendAndCompare(world.willow);
        assertThat(world.township.sync.conflicts().list(true)).isEmpty();
        for (var register : List.of(world.willow.register, world.township.register)) {
            assertThat(register.transactions().read(() -> register.statistics().populationOn(world.willow.code(),
                    LocalDate.of(2026, 7, 31)))).as("吴强 and 郑强 away in July").containsEntry(ResidenceStatus.AWAY, 2L);
        }
    }

    private Person willow(String name, Sex sex, LocalDate born, int order, MaritalStatus marital) {
        Person.Builder p = villager(name, sex, born, order, marital).enteredOn(LONG_AGO);
        if (marital == MaritalStatus.FIRST_MARRIAGE) {
            p.firstMarriageDate(LocalDate.of(2018, 5, 1));
        }
        return world.willow.addPerson(p.build());
    }

    private Person poplar(String name, Sex sex, LocalDate born, int order) {
        return world.poplar.addPerson(villager(name, sex, born, order, MaritalStatus.UNMARRIED).enteredOn(LONG_AGO)
                .build());
    }
}
