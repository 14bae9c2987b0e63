package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.DeathReport;
import org.villageregistry.service.MoveInReport;
import org.villageregistry.service.MoveOutReport;
import org.villageregistry.service.RegisterServices;

/**
 * 柳树村 and 杨庄村 correct a death date and the date of a transfer between them after 城关镇 had both: the next
 * bundles carry the corrections, and every period's figures and lists at the township are again each village's own;
 * so do a death and moves voided as recorded by mistake.
 */
class EventCorrectionAgreementTest extends TwoVillagesAgreement {
    EventCorrectionAgreementTest() {
        super("2026", "2026-Q2");
    }

    @Test
    void correctedDatesOfADeathAndATransferReachTheTownshipAndEveryPeriodStillAddsUp() throws Exception {
        Person oldMan = person(world.willow, "钱老汉", Sex.MALE, LocalDate.of(1940, 2, 2), 1);
        Person bride = person(world.willow, "李娟", Sex.FEMALE, LocalDate.of(2000, 3, 8), 2);
        person(world.poplar, "赵刚", Sex.MALE, LocalDate.of(1998, 4, 4), 7);
        sendAndCompare(world.willow, world.poplar);

        RegisterServices willow = new RegisterServices(world.willow.register, SyncWorld.CLOCK);
        RegisterServices poplar = new RegisterServices(world.poplar.register, SyncWorld.CLOCK);
        LocalDate moved = LocalDate.of(2026, 4, 15);
        Death death = willow.deaths().record(new DeathReport(oldMan.id(), LocalDate.of(2026, 5, 3), "家中", null,
                EventSource.SELF_REPORT));
        Move out = willow.moves().moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, moved, List.of(bride.id()), null,
                world.poplar.code(), "杨庄村", MoveReason.MARRIAGE, null));
        Move in = poplar.moves().moveIn(new MoveInReport(MoveKind.HUKOU_IN, moved, world.willow.code(), "柳树村",
                MoveReason.MARRIAGE, EventSource.SELF_REPORT, null, null, List.of(bride.toBuilder().version(0)
                        .owner(null).enteredOn(moved).build())));
        sendAndCompare(world.willow, world.poplar);

        LocalDate reallyMoved = LocalDate.of(2026, 3, 15);
        willow.eventCorrections().correct(new Death(death.id(), death.version(), death.owner(), death.personId(),
                LocalDate.of(2026, 7, 3), "家中", null, death.recorded(), null), CorrectionReason.DOCUMENT);
        willow.eventCorrections().correct(new Move(out.id(), out.version(), out.owner(), out.kind(), out.personIds(),
                null, reallyMoved, out.fromDivision(), out.toDivision(), out.address(), out.reason(), out.recorded(),
                null), CorrectionReason.DOCUMENT);
        poplar.eventCorrections().correct(new Move(in.id(), in.version(), in.owner(), in.kind(), in.personIds(),
                null, reallyMoved, in.fromDivision(), in.toDivision(), in.address(), in.reason(), in.recorded(),
                null), CorrectionReason.DOCUMENT);
        sendAndCompare(world.willow, world.poplar);

        assertThat(world.township.register.deaths().get(death.id()).date()).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(world.township.register.moves().get(out.id()).date()).isEqualTo(reallyMoved);
        assertThat(world.township.register.persons().get(bride.id()).enteredOn()).isEqualTo(reallyMoved);
        assertThat(world.township.sync.conflicts().list(true)).isEmpty();
    }

    @Test
    void voidedDeathsAndMovesReachTheTownshipAndEveryPeriodStillAddsUp() throws Exception {
        Person oldMan = person(world.willow, "孙老汉", Sex.MALE, LocalDate.of(1941, 2, 2), 3);
        Person worker = person(world.willow, "周强", Sex.MALE, LocalDate.of(1990, 3, 8), 4);
        person(world.poplar, "吴刚", Sex.MALE, LocalDate.of(1998, 4, 4), 8);
        sendAndCompare(world.willow, world.poplar);

        RegisterServices willow = new RegisterServices(world.willow.register, SyncWorld.CLOCK);
        RegisterServices poplar = new RegisterServices(world.poplar.register, SyncWorld.CLOCK);
        Death death = willow.deaths().record(new DeathReport(oldMan.id(), LocalDate.of(2026, 5, 3), "家中", null,
                EventSource.SELF_REPORT));
        Move out = willow.moves().moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 4, 15),
                List.of(worker.id()), null, "440300000000", "深圳", MoveReason.WORK, null));
        Move in = poplar.moves().moveIn(new MoveInReport(MoveKind.FLOAT_IN, LocalDate.of(2026, 5, 20), null, "河北",
                MoveReason.WORK, EventSource.SELF_REPORT, null, null, List.of(villager("郑明", Sex.MALE,
                        LocalDate.of(1995, 1, 1), 9, MaritalStatus.UNMARRIED).build())));
        sendAndCompare(world.willow, world.poplar);

        willow.eventCorrections().voidEvent(death.id(), death.version(), "选错了人");
        willow.eventCorrections().voidEvent(out.id(), out.version(), "没有迁走");
        poplar.eventCorrections().voidEvent(in.id(), in.version(), "登记错了");
        sendAndCompare(world.willow, world.poplar);

        assertThat(world.township.register.deaths().get(death.id()).isVoided()).isTrue();
        assertThat(world.township.register.persons().get(oldMan.id()).isActive()).isTrue();
        assertThat(world.township.register.persons().get(worker.id()).leftOn()).isNull();
        assertThat(world.township.register.persons().get(in.personIds().get(0)).isVoided()).isTrue();
        assertThat(world.township.sync.conflicts().list(true)).isEmpty();
    }

    private static Person person(SyncWorld.Station village, String name, Sex sex, LocalDate born, int order) {
        return village.addPerson(villager(name, sex, born, order, MaritalStatus.UNMARRIED).enteredOn(LONG_AGO)
                .build());
    }
}
