package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.ui.events.EventsRegister;

/**
 * A person who lived away (外出) or came from elsewhere (流入) and then moved the hukou out or died still counts as
 * away or incoming in the months before: the figures of a month already reported do not move (常住 vs 流出) when
 * the person leaves later.
 */
class LeavingKeepsResidenceTest {
    private static final LocalDate END_OF_OCTOBER = LocalDate.of(2026, 10, 31);

    @TempDir
    Path home;
    private RegisterServices services;

    @BeforeEach
    void open() {
        services = EventsRegister.open(home);
        services.persons().register(EventsRegister.adult("张伟", Sex.MALE, LocalDate.of(1980, 1, 1), 1).build());
    }

    @AfterEach
    void close() {
        services.register().close();
    }

    @Test
    void aPersonAwayWhoMovesTheHukouOutStaysAwayInTheMonthsBeforeAndComesBackAwayIfVoided() {
        Person liu = services.persons().register(EventsRegister.adult("刘洋", Sex.MALE, LocalDate.of(1990, 2, 2), 3)
                .residence(ResidenceStatus.AWAY).build());
        Map<ResidenceStatus, Long> october = october();
        assertThat(october).containsEntry(ResidenceStatus.AWAY, 1L).containsEntry(ResidenceStatus.RESIDENT, 1L);

        Move out = services.moves().moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 11, 10),
                List.of(liu.id()), null, "440300000000", null, MoveReason.WORK, EventSource.SELF_REPORT));

        assertThat(services.persons().find(liu.id()).orElseThrow().residenceBeforeLeaving())
                .isEqualTo(ResidenceStatus.AWAY);
        assertThat(october()).as("October as reported").isEqualTo(october);

        services.eventCorrections().voidEvent(out.id(), out.version(), "登记错了人");
        Person back = services.persons().find(liu.id()).orElseThrow();
        assertThat(back.residence()).isEqualTo(ResidenceStatus.AWAY);
        assertThat(back.residenceBeforeLeaving()).isNull();
        assertThat(october()).isEqualTo(october);
    }

    @Test
    void anIncomingPersonWhoDiesStaysIncomingInTheMonthsBefore() {
        Person ma = services.persons().register(EventsRegister.adult("马兰", Sex.FEMALE, LocalDate.of(1950, 3, 3), 4)
                .residence(ResidenceStatus.INCOMING).build());
        Map<ResidenceStatus, Long> october = october();
        assertThat(october).containsEntry(ResidenceStatus.INCOMING, 1L);

        services.deaths().record(new DeathReport(ma.id(), LocalDate.of(2026, 11, 5), "家中", null,
                EventSource.SELF_REPORT));

        assertThat(october()).as("October as reported").isEqualTo(october);
        assertThat(services.register().statistics().populationOn(EventsRegister.VILLAGE, LocalDate.of(2026, 11, 19)))
                .doesNotContainKey(ResidenceStatus.INCOMING);
    }

    @Test
    void theStateSaysWhereTheyLivedOnlyOnceTheyLeft() throws Exception {
        Person liu = EventsRegister.adult("刘洋", Sex.MALE, LocalDate.of(1990, 2, 2), 3).residence(ResidenceStatus.AWAY)
                .build();
        String here = Json.mapper().writeValueAsString(liu);
        assertThat(here).as("a person in the register is written as before").doesNotContain("residenceBeforeLeaving");
        Person left = liu.toBuilder().residence(ResidenceStatus.MOVED_OUT).leftOn(LocalDate.of(2026, 11, 10))
                .residenceBeforeLeaving(ResidenceStatus.AWAY).build();
        String gone = Json.mapper().writeValueAsString(left);
        assertThat(gone).contains("\"residenceBeforeLeaving\":\"AWAY\"");
        assertThat(Json.mapper().readValue(gone, Person.class)).isEqualTo(left);
        assertThat(Json.mapper().readValue(here, Person.class)).isEqualTo(liu);
    }

    private Map<ResidenceStatus, Long> october() {
        return services.register().transactions().read(() ->
                services.register().statistics().populationOn(EventsRegister.VILLAGE, END_OF_OCTOBER));
    }
}
