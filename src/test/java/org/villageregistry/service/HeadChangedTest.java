package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.events.EventsRegister;

/** The widow made head of the household: the others' relations, given to the old head, are listed to check. */
class HeadChangedTest {
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
    void theOthersOfTheHouseholdAreListedWithTheirRelationToTheOldHead() {
        var family = services.households().add(new NewHousehold(null, "二组", "柳树村二组 5 号", HukouType.AGRICULTURAL,
                LocalDate.of(2015, 1, 1), List.of(
                        EventsRegister.adult("解永红", Sex.MALE, LocalDate.of(1985, 12, 4), 1)
                                .relation(RelationToHead.HEAD).build(),
                        EventsRegister.adult("韩敏", Sex.FEMALE, LocalDate.of(1985, 3, 6), 2)
                                .relation(RelationToHead.SPOUSE).build(),
                        EventsRegister.adult("陈晓红", Sex.FEMALE, LocalDate.of(1960, 1, 1), 4)
                                .relation(RelationToHead.PARENT).build())));
        List<Person> members = services.register().transactions().read(() ->
                services.register().persons().members(family.household().id()));
        Person head = members.stream().filter(p -> p.name().equals("解永红")).findFirst().orElseThrow();
        Person widow = members.stream().filter(p -> p.name().equals("韩敏")).findFirst().orElseThrow();
        services.deaths().record(new DeathReport(head.id(), LocalDate.of(2026, 11, 5), "家中", null,
                EventSource.SELF_REPORT));
        Person before = services.persons().find(widow.id()).orElseThrow();

        Person saved = services.persons().correct(before.toBuilder().relation(RelationToHead.HEAD).build(),
                CorrectionReason.DOCUMENT);

        assertThat(services.persons().relationsToReview(before, saved)).containsExactly("陈晓红（父母）");
        assertThat(services.persons().relationsToReview(saved, saved)).as("already head").isEmpty();
    }
}
