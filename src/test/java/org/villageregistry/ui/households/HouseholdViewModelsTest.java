package org.villageregistry.ui.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.HouseholdFile;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;

class HouseholdViewModelsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    static final String VILLAGE = "410103100001";

    @TempDir
    Path home;
    Register register;
    RegisterServices services;
    AddHouseholdViewModel add;

    @BeforeEach
    void openVillage() {
        register = new WorkstationService(new H2RegisterStore(CLOCK)).init(home,
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of(VILLAGE), "柳树村"), "admin",
                "secret-1".toCharArray());
        services = new RegisterServices(register, CLOCK);
        add = new AddHouseholdViewModel(services.households(), services.moves(), new SameThreadTaskExecutor(), CLOCK);
    }

    @AfterEach
    void close() {
        register.close();
    }

    static void fill(MemberDraft row, String name, Sex sex, String born, MaritalStatus marital) {
        row.nameProperty().set(name);
        row.sexProperty().set(sex);
        row.birthDateProperty().set(born);
        row.maritalStatusProperty().set(marital);
    }

    private HouseholdFile addThreePersonHousehold() {
        HouseholdFile[] saved = new HouseholdFile[1];
        add.onSaved(file -> saved[0] = file);
        fill(add.members().get(0), "李建国", Sex.MALE, "1970-05-01", MaritalStatus.MARRIED);
        MemberDraft wife = add.addMember();
        fill(wife, "王秀英", Sex.FEMALE, "1972-08-09", MaritalStatus.MARRIED);
        wife.relationProperty().set(RelationToHead.SPOUSE);
        MemberDraft son = add.addMember();
        fill(son, "李明", Sex.MALE, "1996-02-03", MaritalStatus.MARRIED);
        son.relationProperty().set(RelationToHead.SON);
        add.groupProperty().set("一组");
        add.addressProperty().set("一组 12 号");
        add.savedNote(file -> "（月报表的说明）");
        assertThat(add.save()).isTrue();
        assertThat(add.lastSaved()).as("the save says so, with what it changed")
                .isEqualTo("已立户 " + saved[0].household().number() + "，共 3 人\n（月报表的说明）");
        return saved[0];
    }

    @Test
    void theListSaysHowManyHouseholdsAreClosedAsVillagesCountsOnlyTheOthers() {
        HouseholdFile first = addThreePersonHousehold();
        add = new AddHouseholdViewModel(services.households(), services.moves(), new SameThreadTaskExecutor(), CLOCK);
        fill(add.members().get(0), "赵刚", Sex.MALE, "1965-01-02", MaritalStatus.MARRIED);
        assertThat(add.save()).isTrue();
        HouseholdsViewModel list = new HouseholdsViewModel(services.households(), new SameThreadTaskExecutor());
        list.refresh();
        assertThat(list.statusProperty().get()).isEqualTo("共 2 户");

        services.moves().moveOut(new org.villageregistry.service.MoveOutReport(
                org.villageregistry.domain.event.MoveKind.HUKOU_OUT, TODAY.minusDays(3), List.of(),
                first.household().id(), "410103200001", null, org.villageregistry.domain.event.MoveReason.WORK,
                org.villageregistry.domain.event.EventSource.SELF_REPORT));
        list.refresh();
        assertThat(list.statusProperty().get()).isEqualTo("共 2 户（在册 1 户，已注销 1 户）");
        list.search("");
        assertThat(list.statusProperty().get()).isEqualTo("共 2 户（在册 1 户，已注销 1 户）");
    }

    @Test
    void aRowWithABadDateStopsTheWholeHouseholdAndKeepsEveryTypedRow() {
        fill(add.members().get(0), "李建国", Sex.MALE, "1970-05-01", MaritalStatus.MARRIED);
        MemberDraft wife = add.addMember();
        fill(wife, "王秀英", Sex.FEMALE, "1972-13-09", MaritalStatus.MARRIED);
        wife.relationProperty().set(RelationToHead.SPOUSE);

        assertThat(add.save()).isFalse();

        assertThat(wife.problemsProperty().get()).contains("1972-13-09");
        assertThat(add.members().get(0).problemsProperty().get()).isEmpty();
        assertThat(add.members()).extracting(m -> m.nameProperty().get()).containsExactly("李建国", "王秀英");
        assertThat(services.households().count()).isZero();
        assertThat(services.persons().count()).isZero();
    }

    @Test
    void aBirthDayThatDoesNotExistIsSaidSoNotCalledAWrongFormat() {
        fill(add.members().get(0), "李建国", Sex.MALE, "1980-02-30", MaritalStatus.FIRST_MARRIAGE);
        add.members().get(0).firstMarriageDateProperty().set("2003-04-31");

        assertThat(add.save()).isFalse();

        assertThat(add.members().get(0).problemsProperty().get())
                .contains("出生日期“1980-02-30”不存在：1980 年 2 月只有 29 天")
                .contains("初婚日期“2003-04-31”不存在：2003 年 4 月只有 30 天").doesNotContain("请写成");
    }

    @Test
    void aDuplicateIdNumberRefusedByTheServiceSavesNobodyAndKeepsTheForm() {
        fill(add.members().get(0), "李建国", Sex.MALE, "1970-05-01", MaritalStatus.MARRIED);
        add.members().get(0).idNumberProperty().set("410103197005010011");
        MemberDraft twin = add.addMember();
        fill(twin, "李建军", Sex.MALE, "1970-05-01", MaritalStatus.MARRIED);
        twin.idNumberProperty().set("410103197005010011");
        twin.relationProperty().set(RelationToHead.OTHER);

        add.save();

        assertThat(add.errorProperty().get()).isNotEmpty();
        assertThat(add.members()).hasSize(2);
        assertThat(services.persons().count()).isZero();
        assertThat(services.households().count()).isZero();
    }

    @Test
    void addingAHouseholdSavesAllMembersHeadFirst() {
        HouseholdFile file = addThreePersonHousehold();

        assertThat(file.members()).extracting(Person::name).containsExactly("李建国", "王秀英", "李明");
        assertThat(file.household().headId()).isEqualTo(file.members().get(0).id());
        assertThat(add.hasInput()).isFalse();
    }

    @Test
    void aCoupleChoosingFirstMarriageIsSavedWithItsDateSoTheRecordIsComplete() {
        HouseholdFile[] saved = new HouseholdFile[1];
        add.onSaved(file -> saved[0] = file);
        MemberDraft head = add.members().get(0);
        fill(head, "李建国", Sex.MALE, "1970-05-01", MaritalStatus.FIRST_MARRIAGE);
        assertThat(head.needsFirstMarriageDate()).isTrue();
        head.firstMarriageDateProperty().set("1994-10-01");
        MemberDraft wife = add.addMember();
        fill(wife, "王秀英", Sex.FEMALE, "1972-08-09", MaritalStatus.FIRST_MARRIAGE);
        wife.relationProperty().set(RelationToHead.SPOUSE);
        wife.firstMarriageDateProperty().set("1994-13-01");

        assertThat(add.save()).isFalse();
        assertThat(wife.problemsProperty().get()).contains("初婚日期“1994-13-01”");

        wife.firstMarriageDateProperty().set("1994-10-01");
        assertThat(add.save()).isTrue();

        assertThat(saved[0].members()).extracting(Person::firstMarriageDate)
                .containsOnly(java.time.LocalDate.of(1994, 10, 1));
        assertThat(services.quality().findings()).noneMatch(f -> f.kind() == org.villageregistry.service.Finding
                .Kind.MARITAL);
    }

    @Test
    void splittingMovesTheChosenMembersAndBothHouseholdsStayConsistent() {
        HouseholdFile file = addThreePersonHousehold();
        Person son = file.members().get(2);
        HouseholdDetailViewModel detail = new HouseholdDetailViewModel(services.households(), services.moves(),
                new SameThreadTaskExecutor(), CLOCK, VILLAGE);
        detail.open(file.household().id());

        detail.toggleLeaving(son.id());
        detail.split();

        assertThat(detail.errorProperty().get()).isEmpty();
        assertThat(detail.members()).extracting(Person::name).containsExactly("李建国", "王秀英");
        HouseholdFile old = services.households().show(file.household().id());
        assertThat(old.household().headId()).isEqualTo(file.members().get(0).id());
        Person moved = services.persons().find(son.id()).orElseThrow();
        HouseholdFile created = services.households().show(moved.householdId());
        assertThat(created.household().number()).isNotEqualTo(old.household().number());
        assertThat(created.household().headId()).isEqualTo(son.id());
        assertThat(moved.relation()).isEqualTo(RelationToHead.HEAD);
        assertThat(services.households().count()).isEqualTo(2);
        assertThat(detail.messageProperty().get()).contains("已分出新户");

        detail.toggleLeaving(file.members().get(0).id());
        detail.split();
        assertThat(detail.errorProperty().get()).contains("原户主不能分出");
        assertThat(detail.messageProperty().get()).as("the last split's line is gone with the new refusal").isEmpty();
    }

    @Test
    void aWholeHouseholdMovingInIsRecordedAsOneMoveWithItsMembers() {
        add.movingInProperty().set(true);
        add.fromDivisionProperty().set("410103100002");

        HouseholdFile file = addThreePersonHousehold();

        assertThat(file.members()).hasSize(3);
        var move = register.moves().byPerson(file.members().get(0).id()).get(0);
        assertThat(move.kind()).isEqualTo(org.villageregistry.domain.event.MoveKind.HUKOU_IN);
        assertThat(move.householdId()).isEqualTo(file.household().id());
        assertThat(move.personIds()).hasSize(3);
        assertThat(move.fromDivision()).isEqualTo("410103100002");
    }

    @Test
    void theHeadCannotBeSplitOff() {
        HouseholdFile file = addThreePersonHousehold();
        HouseholdDetailViewModel detail = new HouseholdDetailViewModel(services.households(), services.moves(),
                new SameThreadTaskExecutor(), CLOCK, VILLAGE);
        detail.open(file.household().id());
        detail.toggleLeaving(file.members().get(0).id());

        detail.split();

        assertThat(detail.errorProperty().get()).contains("原户主不能分出");
        assertThat(services.households().count()).isEqualTo(1);
    }

    @Test
    void movingOutToAnotherVillageOfTheTownshipIsATransfer() {
        HouseholdFile file = addThreePersonHousehold();
        HouseholdDetailViewModel detail = new HouseholdDetailViewModel(services.households(), services.moves(),
                new SameThreadTaskExecutor(), CLOCK, VILLAGE);
        detail.open(file.household().id());
        detail.moveToProperty().set("410103100002");
        assertThat(detail.isTransfer()).isTrue();

        detail.moveOut();

        assertThat(detail.messageProperty().get()).contains("410103100002");
        assertThat(detail.members()).isEmpty();
        assertThat(services.persons().find(file.members().get(0).id()).orElseThrow().isActive()).isFalse();
        detail.moveToProperty().set("410199100001");
        assertThat(detail.isTransfer()).isFalse();
        assertThat(List.of(detail.householdId().orElseThrow())).containsExactly(file.household().id());
    }
}
