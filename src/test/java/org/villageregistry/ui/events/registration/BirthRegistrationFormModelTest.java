package org.villageregistry.ui.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.RegisteredChild;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.MarriageReport;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DeferredTaskExecutor;
import org.villageregistry.ui.events.EventsRegister;

class BirthRegistrationFormModelTest {
    @TempDir
    Path home;
    private RegisterServices services;
    private Person wife;
    private Person husband;
    private BirthRegistrationFormModel form;
    private ReceiptActions receipt;
    private final List<byte[]> printed = new java.util.ArrayList<>();

    @BeforeEach
    void coupleWithTwoChildrenAndOneOfHisFromAnEarlierMarriage() {
        services = EventsRegister.open(home);
        wife = services.persons().register(EventsRegister.adult("刘梅", Sex.FEMALE, LocalDate.of(1994, 3, 12), 2)
                .maritalStatus(null).firstMarriageDate(null).build());
        husband = services.persons().register(EventsRegister.adult("陈刚", Sex.MALE, LocalDate.of(1992, 7, 1), 1)
                .maritalStatus(null).firstMarriageDate(null).build());
        Person earlierWife = services.persons().register(EventsRegister.adult("赵丽", Sex.FEMALE,
                LocalDate.of(1990, 1, 5), 4).build());
        services.marriages().record(new MarriageReport(MarriageKind.MARRIAGE, husband.id(), wife.id(), null, null,
                LocalDate.of(2018, 10, 1), "J410103-2018-001", null));
        birth(earlierWife, husband, "陈一", LocalDateTime.of(2015, 2, 1, 8, 0));
        birth(wife, husband, "陈二", LocalDateTime.of(2019, 9, 1, 8, 0));
        birth(wife, husband, "陈三", LocalDateTime.of(2022, 4, 3, 8, 0));
        receipt = new ReceiptActions(new ReportService(services.register(), EventsRegister.CLOCK,
                BundleArrivals.NOT_TRACKED, ReceiptSigning.UNAVAILABLE, ProgramBuild.running()),
                new SameThreadTaskExecutor(), (pdf, title) -> printed.add(pdf));
        form = new BirthRegistrationFormModel(services.birthRegistrations(), services.persons(), receipt,
                new SameThreadTaskExecutor(), EventsRegister.TODAY, "柳树村卫生室");
    }

    @AfterEach
    void closeRegister() {
        services.register().close();
    }

    private void birth(Person mother, Person father, String name, LocalDateTime at) {
        services.births().record(new BirthReport(mother.id(), father.id(), at, BirthPlace.HOSPITAL, 39, null,
                List.of(new BirthReport.NewChild(name, Sex.MALE, null, 3200, null, null))), false);
    }

    @Test
    void pickingBothSpousesPrefillsThemAndListsOnlyTheirJointChildren() {
        pickCouple();

        assertThat(form.wife().name().get()).isEqualTo("刘梅");
        assertThat(form.wife().idNumber().get()).as("shown masked: a full number is shown only on request, audited")
                .isEqualTo(org.villageregistry.domain.person.IdNumber.mask(wife.idNumber()))
                .isNotEqualTo(wife.idNumber());
        assertThat(form.wife().ethnicity().get()).isEqualTo(Ethnicity.HAN);
        assertThat(form.wife().marriageDate().get()).isEqualTo("2018-10-01");
        assertThat(form.husband().name().get()).isEqualTo("陈刚");
        assertThat(form.children()).extracting(RegisteredChild::name, RegisteredChild::order)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("陈二", 1),
                        org.assertj.core.groups.Tuple.tuple("陈三", 2));
        assertThat(form.registeredOrder().get()).isEqualTo("第 3 孩");
    }

    @Test
    void savingGivesTheOfficesNextNumberAndKeepsTheRegistrationForTheReceipt() {
        pickCouple();
        form.expectedDelivery().set("20270315");

        form.save();

        assertThat(form.problems()).isEmpty();
        BirthRegistration saved = form.saved().get();
        assertThat(saved.registrationNumber()).isEqualTo("柳树村卫生室〔2026〕0001号");
        assertThat(saved.registeredOrder()).isEqualTo(3);
        assertThat(saved.expectedDelivery()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(saved.wife().idNumber()).as("the register's own number is kept").isEqualTo(wife.idNumber());
        assertThat(saved.children()).hasSize(2);
        assertThat(form.savedMessage().get()).isEqualTo("已生育登记：柳树村卫生室〔2026〕0001号，第 3 孩");
        assertThat(services.register().birthRegistrations().byPerson(wife.id())).hasSize(1);

        pickCouple();
        form.save();
        assertThat(form.saved().get().registrationNumber()).isEqualTo("柳树村卫生室〔2026〕0002号");
    }

    @Test
    void aWrongIdNumberIsMarkedOnTheSpousesFieldAndNothingIsSaved() {
        pickCouple();
        form.husband().idNumber().set("410103199207010010");

        form.save();

        assertThat(form.problemsOf("husband.idNumber")).extracting(Problem::key).contains("rule.id.checkCharacter");
        assertThat(form.husband().idNumber().get()).isEqualTo("410103199207010010");
        assertThat(form.wife().name().get()).isEqualTo("刘梅");
        assertThat(services.register().birthRegistrations().byPerson(wife.id())).isEmpty();
    }

    @Test
    void aChildAlreadyBornIsChosenAmongTheCouplesChildrenAndKeepsItsOwnOrder() {
        pickCouple();
        assertThat(form.childChoices()).extracting(ChildChoice::order).containsExactly(3, 1, 2);
        assertThat(form.registeredChild().get().isBorn()).isFalse();

        form.registeredChild().set(form.childChoices().get(1));

        assertThat(form.registeredOrder().get()).isEqualTo("第 1 孩（补登）");
        form.save();
        assertThat(form.problems()).isEmpty();
        assertThat(form.saved().get().registeredOrder()).isEqualTo(1);
        assertThat(form.savedMessage().get()).endsWith("第 1 孩");
    }

    @Test
    void aChildOfTheHusbandsEarlierMarriageCannotBeRegisteredForThisCouple() {
        Person earlier = services.persons().search("陈一", 5).get(0).person();
        pickCouple();
        form.registeredChild().set(new ChildChoice(earlier.id(), 1, "陈一"));

        form.save();

        assertThat(form.problemsOf("bornChild")).extracting(Problem::key)
                .containsExactly("service.registration.notTheirChild");
        assertThat(services.register().birthRegistrations().byPerson(wife.id())).isEmpty();
    }

    @Test
    void theReceiptIsSavedAsPdfAndPrintedFromTheFormAndSpeaksToTheFamily() throws Exception {
        pickCouple();
        form.registeredChild().set(form.childChoices().get(2));
        form.save();
        Path pdf = home.resolve("回执.pdf");

        form.receipt().savePdf(form.saved().get(), pdf);
        form.receipt().print(form.saved().get());

        assertThat(form.receipt().statusProperty().get()).isEqualTo("回执已送往打印机");
        assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(printed).hasSize(1);
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("柳树村卫生室〔2026〕0001号", "登记机关：柳树村卫生室", "陈三", "补登")
                .doesNotContain("vreg", "回执核验", "报出日期");
        assertThat(ReceiptActions.fileName(form.saved().get())).isEqualTo("生育登记回执-柳树村卫生室〔2026〕0001号.pdf");
    }

    @Test
    void theMarriageDateTypedFillsTheCouplesFirstMarriageDateOnlyWhenTheRegistrarSaysYes() {
        Person zhou = services.persons().register(EventsRegister.adult("周丽", Sex.FEMALE, LocalDate.of(1995, 2, 3), 6)
                .firstMarriageDate(null).build());
        Person wu = services.persons().register(EventsRegister.adult("吴军", Sex.MALE, LocalDate.of(1993, 6, 7), 5)
                .build());
        form.wifePicker().query().set("周丽");
        form.wifePicker().pick(form.wifePicker().hits().get(0).person());
        form.husbandPicker().query().set("吴军");
        form.husbandPicker().pick(form.husbandPicker().hits().get(0).person());
        form.wife().marriageDate().set("2019-05-01");
        form.husband().marriageDate().set("2019-05-01");

        form.save();

        assertThat(form.problems()).isEmpty();
        assertThat(form.firstMarriageQuestion().get().text())
                .isEqualTo("周丽 的档案中没有初婚日期。是否按本次登记的结婚日期 2019-05-01 填入？");
        form.answerFirstMarriage(true);
        assertThat(form.firstMarriageQuestion().get()).isNull();
        assertThat(services.persons().find(zhou.id()).orElseThrow().firstMarriageDate())
                .isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(services.persons().find(wu.id()).orElseThrow().firstMarriageDate())
                .isEqualTo(wu.firstMarriageDate());
    }

    @Test
    void answeringNoLeavesTheRecordAsItWas() {
        Person zhou = services.persons().register(EventsRegister.adult("周丽", Sex.FEMALE, LocalDate.of(1995, 2, 3), 6)
                .firstMarriageDate(null).build());
        form.wifePicker().query().set("周丽");
        form.wifePicker().pick(form.wifePicker().hits().get(0).person());
        form.husband().name().set("吴军");
        form.husband().idNumber().set(org.villageregistry.domain.person.IdNumber.compose("410103",
                LocalDate.of(1993, 6, 7), 5));
        form.wife().marriageDate().set("2019-05-01");

        form.save();
        form.answerFirstMarriage(false);

        assertThat(services.persons().find(zhou.id()).orElseThrow().firstMarriageDate()).isNull();
    }

    @Test
    void afterASaveNeitherTheCouplesChildrenNorTheChildChosenAreLeftForTheNextCouple() {
        DeferredTaskExecutor later = new DeferredTaskExecutor();
        form = new BirthRegistrationFormModel(services.birthRegistrations(), services.persons(), receipt, later,
                EventsRegister.TODAY, "柳树村卫生室");
        form.wifePicker().query().set("刘梅");
        later.runPending();
        form.wifePicker().pick(form.wifePicker().hits().get(0).person());
        form.husbandPicker().query().set("陈刚");
        later.runPending();
        form.husbandPicker().pick(form.husbandPicker().hits().get(0).person());
        later.runPending();
        form.registeredChild().set(form.childChoices().get(1));
        assertThat(form.children()).hasSize(2);

        form.save();
        later.runPending();

        assertThat(form.saved().get()).isNotNull();
        assertThat(form.wife().name().get()).isEmpty();
        assertThat(form.children()).as("夫妻共同子女（来自台账）").isEmpty();
        assertThat(form.childChoices()).extracting(ChildChoice::order).containsExactly(1);
        assertThat(form.registeredChild().get().isBorn()).as("本次登记的孩子").isFalse();
        assertThat(form.registeredOrder().get()).isEqualTo("第 1 孩");
    }

    private void pickCouple() {
        form.wifePicker().query().set("刘梅");
        form.wifePicker().pick(form.wifePicker().hits().get(0).person());
        form.husbandPicker().query().set("陈刚");
        form.husbandPicker().pick(form.husbandPicker().hits().get(0).person());
    }
}
