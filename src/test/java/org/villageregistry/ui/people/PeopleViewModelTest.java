package org.villageregistry.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.DeferredTaskExecutor;
import org.villageregistry.ui.paging.PagedRows;

class PeopleViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @TempDir
    Path home;
    Register register;
    RegisterServices services;

    @BeforeEach
    void openVillage() {
        register = new WorkstationService(new H2RegisterStore(CLOCK)).init(home,
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of("410103100001"), "柳树村"), "admin",
                "secret-1".toCharArray());
        services = new RegisterServices(register, CLOCK);
    }

    @AfterEach
    void close() {
        register.close();
    }

    static Person adult(String name, Sex sex, int order) {
        LocalDate born = LocalDate.of(1985, 3, 1).plusDays(order);
        return Person.builder().name(name).sex(sex).birthDate(born)
                .idNumber(IdNumber.compose("410103", born, sex == Sex.MALE ? order * 2 + 1 : order * 2 + 2))
                .ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.UNMARRIED)
                .phone("13812345678").build();
    }

    @Test
    void whatWaitsForATypedSearchRunsWhenARefreshOvertakesIt() {
        services.persons().register(adult("王芳", Sex.FEMALE, 1));
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        PeopleViewModel vm = new PeopleViewModel(services.persons(), executor);
        vm.search("wang");
        executor.runPending();
        List<String> ran = new ArrayList<>();

        vm.search("wang", () -> ran.add("enter"));
        vm.refresh(); // the screen shown again, or a save, while the typed search runs
        executor.runPending();

        assertThat(ran).as("Enter's wait is not dropped").containsExactly("enter");
        assertThat(vm.rowsProperty().get()).extracting(PersonRow::name).containsExactly("王芳");
    }

    @Test
    void typingFasterThanTheSearchShowsOnlyTheResultsOfTheLastQuery() {
        services.persons().register(adult("王芳", Sex.FEMALE, 1));
        services.persons().register(adult("王强", Sex.MALE, 2));
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        PeopleViewModel vm = new PeopleViewModel(services.persons(), executor);
        List<List<String>> seen = new ArrayList<>();
        vm.rowsProperty().addListener((o, was, now) -> seen.add(now.stream().map(PersonRow::name).toList()));

        vm.search("王");
        vm.search("王芳");
        executor.runPending();

        assertThat(vm.rowsProperty().get()).extracting(PersonRow::name).containsExactly("王芳");
        assertThat(seen).noneMatch(names -> names.contains("王强"));
        assertThat(vm.shownQuery()).isEqualTo("王芳");
    }

    @Test
    void pinyinInitialsFindAPersonAndTheIdIsMaskedInTheList() {
        Person wang = services.persons().register(adult("王芳", Sex.FEMALE, 1));
        PeopleViewModel vm = new PeopleViewModel(services.persons(), new SameThreadTaskExecutor());

        vm.search("wf");

        PersonRow row = vm.rowsProperty().get().get(0);
        assertThat(row.name()).isEqualTo("王芳");
        assertThat(row.maskedId()).isEqualTo(IdNumber.mask(wang.idNumber())).doesNotContain(wang.idNumber());
        vm.search("");
        assertThat(vm.rowsProperty().get()).isInstanceOf(PagedRows.class);
    }

    @Test
    void theListOfEveryoneLoadsOnlyThePagesTheTableAsksFor() {
        for (int i = 0; i < 450; i++) {
            register.transactions().write(() -> register.persons().save(adult("张" + "一二三四五六七八九十".charAt(
                    (int) (Math.random() * 10)) + "明", Sex.MALE, 0).toBuilder().idNumber(null)
                    .owner("410103100001").enteredOn(TODAY).build()));
        }
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        PeopleViewModel vm = new PeopleViewModel(services.persons(), executor);
        vm.refresh();
        executor.runPending();
        var rows = vm.rowsProperty().get();
        assertThat(rows).hasSize(450);

        assertThat(rows.get(420).isLoading()).isTrue();
        executor.runPending();

        PagedRows<PersonRow> paged = vm.everyone();
        assertThat(paged.isLoaded(420)).isTrue();
        assertThat(paged.isLoaded(0)).isFalse();
        assertThat(paged.pagesHeld()).isEqualTo(1);
        assertThat(rows.get(420).name()).startsWith("张");
    }

    @Test
    void revealingTheIdNumberShowsItAndWritesAnAuditEntry() {
        Person wang = services.persons().register(adult("王芳", Sex.FEMALE, 1));
        PersonDetailViewModel vm = new PersonDetailViewModel(services.persons(), new SameThreadTaskExecutor());
        vm.open(wang.id());
        assertThat(vm.idNumberShownProperty().get()).isEqualTo(IdNumber.mask(wang.idNumber()));
        assertThat(vm.phoneShownProperty().get()).isEqualTo("138****5678");
        assertThat(register.audit().list(AuditFilter.all().about(wang.id()), 0, 10)).isEmpty();

        vm.revealIdNumber();

        assertThat(vm.idNumberShownProperty().get()).isEqualTo(wang.idNumber());
        List<AuditEntry> entries = register.audit().list(AuditFilter.all().about(wang.id()), 0, 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.ID_REVEAL.name());
        assertThat(entries.get(0).user()).isEqualTo("admin");
        assertThat(entries.get(0).detail()).isNull();
    }

    @Test
    void aStaleSaveSaysSoAndKeepsWhatWasTyped() {
        Person wang = services.persons().register(adult("王芳", Sex.FEMALE, 1));
        PersonDetailViewModel vm = new PersonDetailViewModel(services.persons(), new SameThreadTaskExecutor());
        vm.open(wang.id());
        vm.edit();
        vm.nameProperty().set("王芳芳");
        vm.notesProperty().set("已核对户口本");
        services.persons().update(wang.toBuilder().notes("别人先改了").build());

        vm.save();

        assertThat(vm.errorProperty().get()).contains("已被他人修改");
        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(vm.nameProperty().get()).isEqualTo("王芳芳");
        assertThat(vm.notesProperty().get()).isEqualTo("已核对户口本");
        assertThat(services.persons().find(wang.id()).orElseThrow().name()).isEqualTo("王芳");
    }

    @Test
    void theTimelineShowsWhoChangedTheRecordAndVoidingNeedsAReason() {
        Person wang = services.persons().register(adult("王芳", Sex.FEMALE, 1));
        PersonDetailViewModel vm = new PersonDetailViewModel(services.persons(), new SameThreadTaskExecutor());
        vm.open(wang.id());
        vm.voidPerson();
        assertThat(vm.errorProperty().get()).isNotEmpty();
        vm.voidReasonProperty().set("重档");
        vm.voidPerson();

        assertThat(vm.fileProperty().get().person().voidReason()).isEqualTo("重档");
        assertThat(vm.timeline()).filteredOn(e -> e.isChange()).extracting(e -> e.author())
                .containsExactly("admin", "admin");
        assertThat(vm.timeline().get(vm.timeline().size() - 1).text()).contains("作废");
    }

    @Test
    void aVoidReasonTypedForOnePersonIsGoneWhenTheNextIsOpened() {
        Person wang = services.persons().register(adult("王芳", Sex.FEMALE, 1));
        Person li = services.persons().register(adult("李强", Sex.MALE, 2));
        PersonDetailViewModel vm = new PersonDetailViewModel(services.persons(), new SameThreadTaskExecutor());
        vm.open(wang.id());
        vm.voidReasonProperty().set("重档");
        vm.open(wang.id());
        assertThat(vm.voidReasonProperty().get()).as("the same person shown again keeps it").isEqualTo("重档");

        vm.open(li.id());

        assertThat(vm.voidReasonProperty().get()).isEmpty();
        assertThat(vm.voidQuestion()).isEmpty();
        assertThat(vm.errorProperty().get()).isNotEmpty();
    }

    @Test
    void voidingAsksAQuestionNamingThePersonAndTheReason() {
        Person wang = services.persons().register(adult("王芳", Sex.FEMALE, 1));
        PersonDetailViewModel vm = new PersonDetailViewModel(services.persons(), new SameThreadTaskExecutor());
        vm.open(wang.id());
        vm.voidReasonProperty().set(" 重档 ");

        assertThat(vm.voidQuestion()).hasValueSatisfying(q -> assertThat(q).contains("王芳", "重档", "无法撤销"));
        assertThat(services.persons().find(wang.id()).orElseThrow().isVoided()).as("asking voids nothing").isFalse();
    }

}
