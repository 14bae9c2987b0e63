package org.villageregistry.ui.events.birth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.events.EventsRegister;

class BirthFormModelTest {
    @TempDir
    Path home;
    private RegisterServices services;
    private Person mother;
    private Person father;
    private BirthFormModel form;

    @BeforeEach
    void openRegister() {
        services = EventsRegister.open(home);
        mother = EventsRegister.mother(services);
        father = EventsRegister.father(services);
        services.births().record(new BirthReport(mother.id(), father.id(), LocalDateTime.of(2022, 5, 1, 9, 0),
                BirthPlace.HOSPITAL, 39, null, List.of(new BirthReport.NewChild("张一", Sex.MALE, null, 3300,
                null, "健康"))), false);
        form = new BirthFormModel(services.births(), services.persons(), new SameThreadTaskExecutor());
    }

    @AfterEach
    void closeRegister() {
        services.register().close();
    }

    @Test
    void theFormShowsTheSecondChildsOrderBeforeSaving() {
        pickParents();
        assertThat(form.children().get(0).order().get()).isEmpty();

        form.children().get(0).bornAt().set("202611100815");

        assertThat(form.children().get(0).order().get()).isEqualTo("孩次：第 2 孩");
    }

    @Test
    void choosingAMarriedMotherFillsInHerHusbandAndSaysSoAndAnotherMotherTakesHimOut() {
        Person fang = services.persons().register(EventsRegister.adult("王芳", Sex.FEMALE, LocalDate.of(1998, 3, 2), 6)
                .maritalStatus(org.villageregistry.domain.person.MaritalStatus.UNMARRIED).firstMarriageDate(null)
                .build());
        Person qiang = services.persons().register(EventsRegister.adult("李强", Sex.MALE, LocalDate.of(1996, 8, 8), 7)
                .maritalStatus(org.villageregistry.domain.person.MaritalStatus.UNMARRIED).firstMarriageDate(null)
                .build());
        services.marriages().record(new org.villageregistry.service.MarriageReport(
                org.villageregistry.domain.event.MarriageKind.MARRIAGE, qiang.id(), fang.id(), null, null,
                LocalDate.of(2024, 5, 1), null, org.villageregistry.domain.event.EventSource.SELF_REPORT));

        form.mother().pick(fang);

        assertThat(form.father().person()).map(Person::id).contains(qiang.id());
        assertThat(form.fatherNote().get()).isEqualTo("已按她的婚姻登记填入丈夫 李强；孩子的父亲不是他时请改或清空");

        form.mother().pick(mother);
        assertThat(form.father().person()).as("李秀英 has no marriage in the register").isEmpty();
        assertThat(form.fatherNote().get()).isEmpty();

        form.father().pick(father);
        form.mother().pick(fang);
        assertThat(form.father().person()).as("a father the registrar chose stays").contains(father);
    }

    @Test
    void noFatherWhileHerChildHasOneIsAWarningThatSaysWhichOrderItGives() {
        form.mother().pick(mother);
        form.father().clear();
        fill(form.children().get(0), "李小宝", Sex.MALE, "2026-11-10 08:15");

        form.save();

        assertThat(form.confirmationNeeded().get()).isTrue();
        assertThat(form.problems()).extracting(Problem::key).containsExactly("service.birth.fatherBlank");
        assertThat(form.problems().get(0).message(Messages.CHINESE)).contains("李秀英 已有孩子 张一（父亲 张建国）",
                "这次算第 1 孩", "父亲是 张建国 时请填上");
        assertThat(services.register().births().byMother(mother.id())).hasSize(1);

        // the registrar fills in the father: the warning was about the form as it was, and goes
        form.father().pick(father);
        assertThat(form.problems()).isEmpty();
        assertThat(form.confirmationNeeded().get()).isFalse();
    }

    @Test
    void twinsGetOrdersTwoAndThreeOnTheFormAndInTheRegister() {
        pickParents();
        fill(form.children().get(0), "张二", Sex.FEMALE, "2026-11-10 08:15");
        ChildEntry second = form.addChild();
        fill(second, "张三", Sex.MALE, "2026-11-10 08:32");

        assertThat(form.children()).extracting(c -> c.order().get())
                .containsExactly("孩次：第 2 孩", "孩次：第 3 孩");
        form.save();

        assertThat(form.problems()).isEmpty();
        assertThat(form.savedMessage().get()).isEqualTo("已登记出生：张二（第 2 孩）、张三（第 3 孩）");
        assertThat(services.register().births().byMother(mother.id())).extracting(Birth::birthOrder)
                .containsExactlyInAnyOrder(1, 2, 3);
        assertThat(form.savedPerson().get()).isNotNull();
        assertThat(form.dirty().get()).isFalse();
    }

    @Test
    void aChildIsNotOfferedAsAMother() {
        services.persons().register(EventsRegister.adult("王小丫", Sex.FEMALE, LocalDate.now().minusYears(6), 6)
                .maritalStatus(null).firstMarriageDate(null).build());

        form.mother().query().set("王小丫");

        assertThat(form.mother().hits()).isEmpty();
    }

    @Test
    void aThirteenYearOldMotherIsRefusedUntilConfirmedAndEveryFieldIsKept() {
        Person girl = services.persons().register(EventsRegister.adult("王小红", Sex.FEMALE,
                LocalDate.of(2013, 6, 1), 4).maritalStatus(null).firstMarriageDate(null).build());
        form.mother().query().set("王小红");
        form.mother().pick(form.mother().hits().get(0).person());
        form.gestationWeeks().set("38");
        form.place().set(BirthPlace.HOME);
        ChildEntry child = form.children().get(0);
        fill(child, "王小宝", Sex.MALE, "20261101 2130");
        child.weightGrams().set("3100");
        child.certificateNumber().set("Q410012345");

        form.save();

        assertThat(form.problems()).extracting(Problem::key).containsExactly("rule.birth.motherAge");
        assertThat(form.problemsOf("motherId")).hasSize(1);
        assertThat(form.confirmationNeeded().get()).isTrue();
        assertThat(services.register().births().byMother(girl.id())).isEmpty();
        assertThat(form.mother().person()).contains(girl);
        assertThat(form.gestationWeeks().get()).isEqualTo("38");
        assertThat(form.place().get()).isEqualTo(BirthPlace.HOME);
        assertThat(child.name().get()).isEqualTo("王小宝");
        assertThat(child.sex().get()).isEqualTo(Sex.MALE);
        assertThat(child.bornAt().get()).isEqualTo("20261101 2130");
        assertThat(child.weightGrams().get()).isEqualTo("3100");
        assertThat(child.certificateNumber().get()).isEqualTo("Q410012345");
        assertThat(form.dirty().get()).isTrue();

        form.warningsConfirmed().set(true);
        form.save();

        assertThat(form.problems()).isEmpty();
        assertThat(services.register().births().byMother(girl.id())).singleElement()
                .satisfies(b -> assertThat(b.birthOrder()).isEqualTo(1));
    }

    @Test
    void aFailedSaveKeepsEverythingTypedAndMarksTheChildsField() {
        pickParents();
        ChildEntry child = form.children().get(0);
        fill(child, "张四", Sex.FEMALE, "2026-12-01 10:00");
        child.healthStatus().set("健康");

        form.save();

        assertThat(form.problems()).extracting(Problem::field).contains("child0.bornAt");
        assertThat(form.problemsOf("child0.bornAt")).extracting(Problem::key).contains("rule.date.future");
        assertThat(child.name().get()).isEqualTo("张四");
        assertThat(child.healthStatus().get()).isEqualTo("健康");
        assertThat(form.father().person()).contains(father);
        assertThat(services.register().births().byMother(mother.id())).hasSize(1);
    }

    @Test
    void aMotherTypedButNotPickedIsNotGuessed() {
        form.mother().query().set("李秀");
        fill(form.children().get(0), "张五", Sex.MALE, "20261110");

        form.save();

        assertThat(form.problemsOf("motherId")).extracting(Problem::key).containsExactly("events.error.pickFromList");
        assertThat(form.mother().query().get()).isEqualTo("李秀");
    }

    @Test
    void unusualWeightIsSavedOnlyAfterTheConfirmBoxIsTicked() {
        pickParents();
        fill(form.children().get(0), "张六", Sex.MALE, "20261110 0900");
        form.children().get(0).weightGrams().set("8000");

        form.save();

        assertThat(form.problemsOf("child0.weightGrams")).extracting(Problem::key).containsExactly("rule.birth.weight");
        assertThat(form.confirmationNeeded().get()).isTrue();
        assertThat(services.register().births().byMother(mother.id())).hasSize(1);

        form.warningsConfirmed().set(true);
        form.save();

        assertThat(services.register().births().byMother(mother.id())).hasSize(2);
        assertThat(form.savedMessage().get()).contains("张六");
    }

    private void pickParents() {
        form.mother().query().set("李秀英");
        assertThat(form.mother().hits()).extracting(h -> h.person().name()).containsExactly("李秀英");
        form.mother().pick(form.mother().hits().get(0).person());
        form.father().query().set("张建国");
        form.father().pick(form.father().hits().get(0).person());
    }

    private static void fill(ChildEntry child, String name, Sex sex, String bornAt) {
        child.name().set(name);
        child.sex().set(sex);
        child.bornAt().set(bornAt);
    }
}
