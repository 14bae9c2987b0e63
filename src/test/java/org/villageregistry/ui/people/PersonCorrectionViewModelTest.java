package org.villageregistry.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.Finding;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.quality.QualityViewModel;
import org.villageregistry.ui.shell.Navigator;
import org.villageregistry.ui.shell.Screen;

/** The person form corrects every field, and a data-quality finding opens it at the field to fix. */
class PersonCorrectionViewModelTest {
    @TempDir
    Path home;
    Register register;
    RegisterServices services;
    PersonDetailViewModel vm;
    Person wang;

    @BeforeEach
    void wangFangChoseFirstMarriageWithoutADate() {
        Messages.setLocale(Messages.CHINESE);
        register = new WorkstationService(new H2RegisterStore(PeopleViewModelTest.CLOCK)).init(home,
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of("410103100001"), "柳树村"), "admin",
                "secret-1".toCharArray());
        services = new RegisterServices(register, PeopleViewModelTest.CLOCK);
        wang = services.persons().register(PeopleViewModelTest.adult("王芳", Sex.FEMALE, 1).toBuilder()
                .maritalStatus(MaritalStatus.FIRST_MARRIAGE).build());
        vm = new PersonDetailViewModel(services.persons(), new SameThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void theFindingUntilNowUnfixableOpensTheFormAtTheFirstMarriageDateAndTheDateClearsIt() {
        RecordingNavigator navigator = new RecordingNavigator();
        QualityViewModel quality = new QualityViewModel(services, new SameThreadTaskExecutor(), navigator);
        quality.refresh();
        quality.kindProperty().set(Finding.Kind.MARITAL);
        Finding noDate = quality.findings().get(0);

        quality.open(noDate);

        assertThat(navigator.fixes).containsExactly(wang.id() + "@firstMarriageDate");
        vm.openToFix(wang.id(), "firstMarriageDate");
        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(vm.focusFieldProperty().get()).isEqualTo("firstMarriageDate");

        vm.firstMarriageDateProperty().set("2010-05-01");
        vm.save();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(services.persons().find(wang.id()).orElseThrow().firstMarriageDate())
                .isEqualTo(LocalDate.of(2010, 5, 1));
        quality.refresh();
        assertThat(quality.groups()).extracting(QualityViewModel.Group::kind).doesNotContain(Finding.Kind.MARITAL);
    }

    @Test
    void savingTheFormAsItWasOpenedSavesNoNewVersion() {
        long changesBefore = register.transactions().read(() -> register.changes().last().orElseThrow().changeId());
        vm.open(wang.id());
        vm.edit();

        vm.save();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("没有改动：王芳 的档案照旧，没有保存新的版本");
        assertThat(services.persons().find(wang.id()).orElseThrow().version()).isEqualTo(wang.version());
        assertThat(register.transactions().read(() -> register.changes().last().orElseThrow().changeId()))
                .as("nothing for the township").isEqualTo(changesBefore);
    }

    @Test
    void aFindingOfAMissingIdNumberOpensTheFormAtTheIdNumber() {
        Person noId = services.households().add(new NewHousehold("0102", "一组", "柳树村一组 5 号",
                HukouType.AGRICULTURAL, null, List.of(PeopleViewModelTest.adult("李强", Sex.MALE, 2).toBuilder()
                        .idNumber(null).relation(RelationToHead.HEAD).build()))).members().get(0);
        RecordingNavigator navigator = new RecordingNavigator();
        QualityViewModel quality = new QualityViewModel(services, new SameThreadTaskExecutor(), navigator);
        quality.refresh();
        quality.kindProperty().set(Finding.Kind.INCOMPLETE);

        quality.open(quality.findings().stream().filter(f -> noId.id().equals(f.recordId())).findFirst()
                .orElseThrow());

        assertThat(navigator.fixes).containsExactly(noId.id() + "@idNumber");
    }

    @Test
    void theBirthDateAndSexAreCorrectedInTheFormOnlyWithAReason() {
        vm.open(wang.id());
        vm.edit();
        LocalDate right = wang.birthDate().plusDays(3);
        vm.birthDateProperty().set(right.toString().replace("-", ""));
        vm.newIdNumberProperty().set(IdNumber.compose("410103", right, 4));
        assertThat(vm.identityChangedProperty().get()).isTrue();

        vm.save();

        assertThat(vm.fieldProblems()).containsKey("reason");
        assertThat(vm.errorProperty().get()).contains("须选择更正原因");
        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(services.persons().find(wang.id()).orElseThrow().birthDate()).isEqualTo(wang.birthDate());

        vm.reasonProperty().set(CorrectionReason.DOCUMENT);
        vm.save();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(services.persons().find(wang.id()).orElseThrow().birthDate()).isEqualTo(right);
        assertThat(register.audit().list(AuditFilter.all().of(AuditAction.IDENTITY_CORRECTED), 0, 5)).hasSize(1);
    }

    @Test
    void aBirthDateThatIsNoDateIsQuotedAtItsFieldAndNothingIsSaved() {
        vm.open(wang.id());
        vm.edit();
        vm.birthDateProperty().set("1985-02-30");
        vm.sexProperty().set(Sex.MALE);

        vm.save();

        assertThat(vm.fieldProblems().get("birthDate")).contains("1985-02-30");
        assertThat(services.persons().find(wang.id()).orElseThrow().sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void aPhoneIsReplacedByTypingItRemovedByTypingNoneAndKeptWhenLeftBlank() {
        vm.open(wang.id());
        vm.edit();
        vm.newPhoneProperty().set("138 0013 8000");
        vm.save();
        assertThat(services.persons().find(wang.id()).orElseThrow().phone()).isEqualTo("13800138000");

        vm.edit();
        vm.notesProperty().set("在县城务工");
        vm.save();
        assertThat(services.persons().find(wang.id()).orElseThrow().phone()).as("blank keeps it")
                .isEqualTo("13800138000");

        vm.edit();
        vm.newPhoneProperty().set(" 无 ");
        vm.save();
        assertThat(vm.fieldProblems()).isEmpty();
        assertThat(services.persons().find(wang.id()).orElseThrow().phone()).isNull();
    }

    @Test
    void whatStoppedTheSaveComesFirstOnTheErrorLineBeforeAWarningThatDidNot() {
        Person li = services.persons().register(PeopleViewModelTest.adult("李秀英", Sex.FEMALE, 3).toBuilder()
                .maritalStatus(null).build());
        vm.open(li.id());
        vm.edit();
        vm.newPhoneProperty().set("6551234");

        vm.save();

        assertThat(vm.fieldProblems()).containsOnlyKeys("phone");
        assertThat(vm.errorProperty().get()).startsWith("电话“6551234”").contains("尚未填写婚姻状况");
        vm.newPhoneProperty().set("0371-6551234");
        vm.save();
        assertThat(vm.errorProperty().get()).as("the warning alone does not stop it").isEmpty();
        assertThat(services.persons().find(li.id()).orElseThrow().phone()).isEqualTo("0371-6551234");
    }

    static final class RecordingNavigator implements Navigator {
        final List<String> fixes = new ArrayList<>();

        @Override
        public void showPerson(UUID personId) {
            fixes.add(personId.toString());
        }

        @Override
        public void correctPerson(UUID personId, String field) {
            fixes.add(personId + "@" + field);
        }

        @Override
        public void showHousehold(UUID householdId) {
        }

        @Override
        public void show(Class<? extends Screen> screen) {
        }
    }
}
