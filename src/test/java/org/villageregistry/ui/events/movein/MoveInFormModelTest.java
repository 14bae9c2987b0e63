package org.villageregistry.ui.events.movein;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.events.EventsRegister;

/** Moving in to a household: the relation to its head is asked for, and a marital status is never assumed. */
class MoveInFormModelTest {
    @TempDir
    Path home;
    private RegisterServices services;
    private MoveInFormModel form;

    @BeforeEach
    void openRegister() {
        services = EventsRegister.open(home);
        services.households().add(new NewHousehold("0455", null, "一组", HukouType.AGRICULTURAL,
                LocalDate.of(2020, 1, 1), List.of(EventsRegister.adult("孙强", Sex.MALE, LocalDate.of(1980, 5, 5), 3)
                        .relation(RelationToHead.HEAD).build())));
        form = new MoveInFormModel(services.moves(), services.households(), new SameThreadTaskExecutor());
        form.date().set("2026-11-05");
        form.householdNumber().set("0455");
        ArrivingEntry first = form.persons().get(0);
        first.name().set("周婷");
        first.sex().set(Sex.FEMALE);
        first.birthDate().set("1985-03-15");
        first.idNumber().set(EventsRegister.adult("周婷", Sex.FEMALE, LocalDate.of(1985, 3, 15), 2).build()
                .idNumber());
    }

    @AfterEach
    void closeRegister() {
        services.register().close();
    }

    @Test
    void joiningAHouseholdWithoutARelationToItsHeadIsRefusedAndWhatWasTypedKept() {
        form.save();

        assertThat(form.problemsOf("person0.relation")).extracting(Problem::key)
                .containsExactly("households.add.relationMissing");
        assertThat(services.register().moves().between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEmpty();
        assertThat(form.persons().get(0).name().get()).isEqualTo("周婷");
        assertThat(form.householdNumber().get()).isEqualTo("0455");
    }

    @Test
    void aSecondHeadIsRefusedOnThePersonWhoWouldBeIt() {
        form.persons().get(0).relation().set(RelationToHead.DAUGHTER_IN_LAW);
        ArrivingEntry second = form.addPerson();
        second.name().set("周明");
        second.sex().set(Sex.MALE);
        second.birthDate().set("1960-02-02");
        second.relation().set(RelationToHead.HEAD);

        form.save();

        assertThat(form.problemsOf("person1.relation")).extracting(Problem::key)
                .containsExactly("service.person.relation.headTaken");
        assertThat(form.problemsOf("person0.relation")).isEmpty();
        assertThat(services.persons().search("周婷", 5)).isEmpty();
    }

    @Test
    void onePersonMovingInAsHeadOfAHouseholdWhoseHeadDiedHeadsIt() {
        var household = services.households().show("0455").household();
        services.deaths().record(new org.villageregistry.service.DeathReport(household.headId(),
                LocalDate.of(2026, 10, 1), null, null, null));
        form.persons().get(0).relation().set(RelationToHead.HEAD);

        form.save();

        assertThat(form.problems()).noneMatch(Problem::isError);
        Person head = services.persons().search("周婷", 5).get(0).person();
        assertThat(services.households().show("0455").household().headId()).isEqualTo(head.id());
    }

    @Test
    void aMaritalStatusLeftEmptyIsKeptEmptyAndOneGivenIsKept() {
        form.persons().get(0).relation().set(RelationToHead.DAUGHTER_IN_LAW);
        ArrivingEntry second = form.addPerson();
        second.name().set("周明");
        second.sex().set(Sex.MALE);
        second.birthDate().set("1960-02-02");
        second.relation().set(RelationToHead.PARENT_IN_LAW);
        second.maritalStatus().set(org.villageregistry.domain.person.MaritalStatus.WIDOWED);

        form.save();

        assertThat(form.problems()).noneMatch(Problem::isError);
        assertThat(form.savedMessage().get()).contains("2 人");
        Person wife = services.persons().search("周婷", 5).get(0).person();
        Person father = services.persons().search("周明", 5).get(0).person();
        assertThat(wife.maritalStatus()).isNull();
        assertThat(wife.relation()).isEqualTo(RelationToHead.DAUGHTER_IN_LAW);
        assertThat(father.maritalStatus()).isEqualTo(org.villageregistry.domain.person.MaritalStatus.WIDOWED);
    }
}
