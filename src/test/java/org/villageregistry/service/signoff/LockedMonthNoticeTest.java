package org.villageregistry.service.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.sync.MonthlySignoffs.Signoff;
import org.villageregistry.domain.sync.MonthlySignoffs.State;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.DeathReport;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.ui.events.EventsRegister;

/** The note a village registrar gets when an event she records, corrects or voids falls in a submitted or approved month. */
class LockedMonthNoticeTest {
    @TempDir
    Path home;
    private RegisterServices services;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        services = EventsRegister.open(home);
    }

    @AfterEach
    void close() {
        services.register().close();
    }

    @Test
    void aMonthNotSubmittedOrReturnedGivesNoNote() {
        assertThat(services.signoffs().lockedMonthNotice(List.of(LocalDate.of(2026, 10, 5)))).isEmpty();
        Signoff s = services.signoffs().submit("2026-10");
        decide(s, State.RETURNED);
        assertThat(services.signoffs().lockedMonthNotice(List.of(LocalDate.of(2026, 10, 5)))).isEmpty();
        assertThat(services.signoffs().lockedMonthNotice(List.of())).isEmpty();
    }

    @Test
    void aDeathCorrectedOutOfAnApprovedMonthNamesThatMonth() {
        Person wang = services.persons().register(EventsRegister.adult("王老汉", Sex.MALE, LocalDate.of(1940, 2, 2), 7)
                .build());
        Death death = services.deaths().record(new DeathReport(wang.id(), LocalDate.of(2026, 10, 10), "家中", null,
                EventSource.SELF_REPORT));
        decide(services.signoffs().submit("2026-10"), State.APPROVED);

        Death corrected = services.eventCorrections().correct(new Death(death.id(), death.version(), death.owner(),
                death.personId(), LocalDate.of(2026, 11, 2), "家中", null, death.recorded(), null),
                CorrectionReason.DOCUMENT);

        assertThat(services.signoffs().lockedMonthNotice(death, corrected)).hasValueSatisfying(n -> assertThat(n)
                .contains("2026-10 月报表已审核通过并锁定"));
        assertThat(services.signoffs().lockedMonthNotice(corrected, corrected)).as("November is open").isEmpty();
    }

    @Test
    void aDeathInAnApprovedMonthAlsoNamesTheLaterSubmittedMonthItChanged() {
        Person wang = services.persons().register(EventsRegister.adult("王老汉", Sex.MALE, LocalDate.of(1940, 2, 2), 7)
                .build());
        decide(services.signoffs().submit("2026-09"), State.APPROVED);
        services.signoffs().submit("2026-10");

        services.deaths().record(new DeathReport(wang.id(), LocalDate.of(2026, 9, 20), "家中", null,
                EventSource.SELF_REPORT));

        assertThat(services.signoffs().lockedMonthNotice(List.of(LocalDate.of(2026, 9, 20)))).hasValueSatisfying(n -> {
            assertThat(n).contains("2026-09 月报表已审核通过并锁定");
            assertThat(n).contains("以后已提交的月报表也因此变了：2026-10 月（期初人口 1 → 0")
                    .contains("请在“报表”中重新提交这些月份");
        });
        assertThat(services.signoffs().lockedMonthNotice(List.of(LocalDate.of(2026, 10, 20)))).as("October itself")
                .hasValueSatisfying(n -> assertThat(n).contains("2026-10 月报表已提交乡镇").doesNotContain("以后已提交"));
    }

    @Test
    void aSubmittedMonthChangedSinceIsOnTheHomeScreenUntilSubmittedAgain() {
        Person wang = services.persons().register(EventsRegister.adult("王老汉", Sex.MALE, LocalDate.of(1940, 2, 2), 7)
                .build());
        services.signoffs().submit("2026-10");
        assertThat(resubmit()).isEmpty();

        services.deaths().record(new DeathReport(wang.id(), LocalDate.of(2026, 10, 10), "家中", null,
                EventSource.SELF_REPORT));
        assertThat(resubmit()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("2026-10 月报表");
            assertThat(r.village()).as("the home screen shows it without a village").isEmpty();
            assertThat(r.detail()).startsWith("提交后数字变了：").contains("提交时 0、现在 1");
        });

        services.signoffs().submit("2026-10");
        assertThat(resubmit()).isEmpty();
    }

    private List<org.villageregistry.service.home.TodayRecord> resubmit() {
        return services.today().items().stream()
                .filter(i -> i.kind() == org.villageregistry.service.home.TodayItem.Kind.MONTHS_TO_RESUBMIT)
                .findFirst().orElseThrow().records();
    }

    private void decide(Signoff s, State state) {
        services.register().transactions().write(() -> services.register().sync().signoffs().save(
                s.decided(state, EventsRegister.CLOCK.instant(), "乡镇管理员",
                        state == State.RETURNED ? Optional.of("出生数不对") : Optional.empty())));
    }
}
