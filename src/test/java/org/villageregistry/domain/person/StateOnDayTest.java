package org.villageregistry.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.person.StateOnDay.DatedMarriage;
import org.villageregistry.domain.person.StateOnDay.WifeEvent;

/** Whether a woman was married on a day, with her husband's death ending a marriage still in force. */
class StateOnDayTest {
    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();

    private static boolean married(MaritalStatus today, List<WifeEvent> events, Map<UUID, LocalDate> deaths,
                                   String day) {
        List<DatedMarriage> dated = StateOnDay.withHusbandsDeaths(events, deaths::get);
        return StateOnDay.marriedOn(today, null, dated, LocalDate.parse(day));
    }

    @Test
    void aWidowIsMarriedUntilHerHusbandsDeathAndNotAfter() {
        List<WifeEvent> events = List.of(new WifeEvent(MarriageKind.MARRIAGE, LocalDate.of(2020, 5, 1), FIRST));
        Map<UUID, LocalDate> deaths = Map.of(FIRST, LocalDate.of(2026, 11, 10));

        assertThat(married(MaritalStatus.WIDOWED, events, deaths, "2020-04-30")).isFalse();
        assertThat(married(MaritalStatus.WIDOWED, events, deaths, "2026-11-09")).isTrue();
        assertThat(married(MaritalStatus.WIDOWED, events, deaths, "2026-11-10")).as("from the day he died").isFalse();
        assertThat(married(MaritalStatus.WIDOWED, events, Map.of(), "2026-11-30"))
                .as("no death in the register: her marriage as recorded").isTrue();
    }

    @Test
    void aDeathEndsOnlyAMarriageStillInForce() {
        // divorced from the first husband, remarried to another, then the first husband died
        List<WifeEvent> events = List.of(new WifeEvent(MarriageKind.MARRIAGE, LocalDate.of(2010, 1, 1), FIRST),
                new WifeEvent(MarriageKind.DIVORCE, LocalDate.of(2015, 1, 1), FIRST),
                new WifeEvent(MarriageKind.MARRIAGE, LocalDate.of(2018, 1, 1), SECOND));
        Map<UUID, LocalDate> deaths = Map.of(FIRST, LocalDate.of(2022, 3, 3));
        assertThat(StateOnDay.withHusbandsDeaths(events, deaths::get)).hasSize(3);
        assertThat(married(MaritalStatus.REMARRIED, events, deaths, "2023-01-01")).isTrue();

        // widowed by the first, remarried later: married again from the second marriage on
        List<WifeEvent> again = List.of(new WifeEvent(MarriageKind.MARRIAGE, LocalDate.of(2010, 1, 1), FIRST),
                new WifeEvent(MarriageKind.MARRIAGE, LocalDate.of(2024, 6, 1), SECOND));
        assertThat(married(MaritalStatus.REMARRIED, again, deaths, "2023-01-01")).isFalse();
        assertThat(married(MaritalStatus.REMARRIED, again, deaths, "2024-06-01")).isTrue();

        // a death dated before the marriage is a mistake in the register, not an end of it
        assertThat(StateOnDay.withHusbandsDeaths(List.of(new WifeEvent(MarriageKind.MARRIAGE,
                LocalDate.of(2023, 1, 1), FIRST)), deaths::get)).hasSize(1);
    }
}
