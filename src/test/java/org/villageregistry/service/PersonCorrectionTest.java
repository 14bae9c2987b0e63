package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RuleViolationException;

/** A registrar corrects what was entered wrong: every field, with the rules of entry and a reason for identity. */
class PersonCorrectionTest {
    @TempDir
    Path home;
    private Register register;
    private PersonService persons;
    private Person wang;
    private Person li;

    @BeforeEach
    void householdOfWangAndLi() {
        Messages.setLocale(Messages.CHINESE);
        register = VillageRegister.open(home);
        persons = new PersonService(register, VillageRegister.CLOCK);
        HouseholdFile file = new HouseholdService(register, VillageRegister.CLOCK).add(new NewHousehold("0101", "一组",
                "柳树村一组 3 号", HukouType.AGRICULTURAL, null, List.of(
                        VillageRegister.adult("王建国", Sex.MALE, LocalDate.of(1980, 4, 2), 13)
                                .relation(RelationToHead.HEAD).build(),
                        VillageRegister.adult("李秀英", Sex.FEMALE, LocalDate.of(1982, 8, 9), 24)
                                .relation(RelationToHead.OTHER).build())));
        wang = file.members().get(0);
        li = file.members().get(1);
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void aPhoneIsStoredAsItReadsAndTextThatIsNoPhoneNumberIsRefusedQuotingItWithNothingSaved() {
        Person saved = persons.update(persons.find(wang.id()).orElseThrow().toBuilder().phone(" 138 0013 8000 ")
                .build());
        assertThat(saved.phone()).isEqualTo("13800138000");
        assertThat(persons.update(saved.toBuilder().phone("１３９ ００１３ ８０００").build()).phone())
                .as("full-width digits of a Chinese input method").isEqualTo("13900138000");
        assertThat(persons.update(persons.find(wang.id()).orElseThrow().toBuilder().phone("（0371）6551 2345")
                .build()).phone()).isEqualTo("0371-65512345");
        Person now = persons.find(wang.id()).orElseThrow();
        for (String typed : List.of("6551234", "1380013800", "电话待补")) {
            assertThatThrownBy(() -> persons.update(now.toBuilder().phone(typed).build()))
                    .as(typed).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                            .extracting(Problem::field).containsExactly("phone"))
                    .hasMessageContaining("电话“" + typed + "”不是电话号码");
        }
        assertThat(persons.find(wang.id()).orElseThrow().phone()).isEqualTo("0371-65512345");
        assertThatThrownBy(() -> new HouseholdService(register, VillageRegister.CLOCK).add(new NewHousehold("0102",
                "一组", "柳树村一组 4 号", HukouType.AGRICULTURAL, null, List.of(VillageRegister.adult("赵丽", Sex.FEMALE,
                        LocalDate.of(1990, 3, 3), 31).relation(RelationToHead.HEAD).phone("6551234").build()))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).contains("phone"));
    }

    @Test
    void aPhoneStoredBeforeTheCheckDoesNotStopACorrectionOfAnotherFieldButCannotBeTypedAgain() {
        Person legacy = register.transactions().write(() -> register.persons().save(persons.find(wang.id())
                .orElseThrow().toBuilder().phone("6551234").build()));
        Person corrected = persons.update(legacy.toBuilder().notes("在县城务工").build());
        assertThat(corrected.phone()).isEqualTo("6551234");
        assertThat(corrected.notes()).isEqualTo("在县城务工");
        assertThatThrownBy(() -> persons.update(corrected.toBuilder().phone("655123").build()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aWrongBirthDateIsCorrectedWithItsIdNumberAndAReasonAndTheAuditLogKeepsWhichFieldsAndWhy() {
        LocalDate right = LocalDate.of(1980, 5, 2);
        Person corrected = persons.correct(wang.toBuilder().birthDate(right)
                .idNumber(IdNumber.compose("410103", right, 13)).build(), CorrectionReason.DOCUMENT);

        assertThat(persons.find(wang.id()).orElseThrow().birthDate()).isEqualTo(right);
        List<AuditEntry> audit = register.audit().list(AuditFilter.all().of(AuditAction.IDENTITY_CORRECTED), 0, 10);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.entityId()).isEqualTo(wang.id());
            assertThat(e.detail()).isEqualTo("fields=birthDate,idNumber;reason=DOCUMENT")
                    .doesNotContain("1980").doesNotContain("王建国");
        });
        List<Change> changes = register.changes().forEntity(wang.id());
        assertThat(changes.get(changes.size() - 1).version()).isEqualTo(corrected.version());
        assertThat(changes.get(changes.size() - 1).stateJson()).contains("1980-05-02");
    }

    /**
     * Two active persons hold one ID number (saved before the check, or received): editing either is refused with
     * the other one named, whichever of the two comes first by id (the lookup once gave the first holder found,
     * which could be the person being edited, and the other went unseen).
     */
    @Test
    void anIdNumberAnotherActivePersonAlsoHoldsIsRefusedWhicheverOfTheTwoIsEdited() {
        Person twin = register.transactions().write(() -> register.persons().save(wang.toBuilder()
                .id(java.util.UUID.randomUUID()).version(0).name("王建军").relation(RelationToHead.OTHER).build()));
        for (Person edited : List.of(wang, twin)) {
            Person stored = persons.find(edited.id()).orElseThrow();
            String other = edited == wang ? "王建军" : "王建国";
            assertThatThrownBy(() -> persons.update(stored.toBuilder().phone("13800000000").build()))
                    .as("editing %s", edited.name()).isInstanceOf(RuleViolationException.class)
                    .satisfies(e -> assertThat(((RuleViolationException) e).problems())
                            .anySatisfy(p -> {
                                assertThat(p.key()).startsWith("rule.id.duplicate");
                                assertThat(p.args()).contains(other);
                            }));
        }
    }

    @Test
    void correctingTheSexWithoutAReasonIsRefusedAndNothingIsSaved() {
        Person female = li.toBuilder().sex(Sex.MALE).idNumber(IdNumber.compose("410103", li.birthDate(), 25)).build();

        assertThatThrownBy(() -> persons.update(female))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).contains("reason"))
                .hasMessageContaining("更正性别、身份证号须选择更正原因");
        assertThat(persons.find(li.id()).orElseThrow().sex()).isEqualTo(Sex.FEMALE);
        assertThat(register.audit().list(AuditFilter.all().of(AuditAction.IDENTITY_CORRECTED), 0, 10)).isEmpty();
    }

    @Test
    void aCorrectedSexMustStillAgreeWithTheIdNumberAsAtEntry() {
        assertThatThrownBy(() -> persons.correct(li.toBuilder().sex(Sex.MALE).build(), CorrectionReason.ENTRY_ERROR))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).contains("idNumber"));
    }

    @Test
    void choosingFirstMarriageWithItsDateClearsTheFindingAndNeedsNoReason() {
        Person married = persons.update(li.toBuilder().maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .firstMarriageDate(LocalDate.of(2004, 10, 1)).build());

        assertThat(married.firstMarriageDate()).isEqualTo(LocalDate.of(2004, 10, 1));
        assertThat(new QualityCheckService(register, VillageRegister.CLOCK).findings())
                .noneMatch(f -> li.id().equals(f.recordId()));
        assertThat(register.audit().list(AuditFilter.all().of(AuditAction.IDENTITY_CORRECTED), 0, 10)).isEmpty();
    }

    @Test
    void aRelationIsCorrectedWithinTheHouseholdButASecondHeadIsRefused() {
        Person spouse = persons.update(li.toBuilder().relation(RelationToHead.SPOUSE).build());
        assertThat(spouse.relation()).isEqualTo(RelationToHead.SPOUSE);

        assertThatThrownBy(() -> persons.update(spouse.toBuilder().relation(RelationToHead.HEAD).build()))
                .hasMessageContaining("户 0101 已有户主 王建国");
        assertThatThrownBy(() -> persons.update(wang.toBuilder().relation(RelationToHead.SON).build()))
                .hasMessageContaining("王建国 是户 0101 的户主");
    }

    @Test
    void aHeadWhoseSpouseDiedIsRemindedOfWidowhoodUntilANewSpouseIsInTheHousehold() {
        QualityCheckService quality = new QualityCheckService(register, VillageRegister.CLOCK);
        Person head = persons.update(wang.toBuilder().maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .firstMarriageDate(LocalDate.of(2004, 5, 1)).build());
        Person wife = persons.update(li.toBuilder().relation(RelationToHead.SPOUSE).build());
        new DeathService(register, VillageRegister.CLOCK).record(new DeathReport(wife.id(),
                VillageRegister.TODAY.minusDays(30), null, null, null));

        assertThat(quality.findings()).filteredOn(f -> f.kind() == Finding.Kind.MARITAL).singleElement()
                .satisfies(f -> assertThat(f.recordId()).isEqualTo(head.id()));

        persons.register(VillageRegister.adult("赵敏", Sex.FEMALE, LocalDate.of(1985, 3, 3), 26)
                .householdId(head.householdId()).relation(RelationToHead.SPOUSE).build());
        assertThat(quality.findings()).noneMatch(f -> f.kind() == Finding.Kind.MARITAL && head.id().equals(f.recordId()));
    }

    @Test
    void whenTheHeadDiesTheCheckAsksForANewHeadAndTheOneChosenHeadsTheHousehold() {
        QualityCheckService quality = new QualityCheckService(register, VillageRegister.CLOCK);
        Person spouse = persons.update(li.toBuilder().relation(RelationToHead.SPOUSE)
                .maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(LocalDate.of(2005, 5, 1)).build());
        assertThat(quality.findings()).noneMatch(f -> f.kind() == Finding.Kind.NO_HEAD);

        new DeathService(register, VillageRegister.CLOCK).record(new DeathReport(wang.id(),
                VillageRegister.TODAY.minusDays(3), "家中", org.villageregistry.domain.event.DeathCause.DISEASE, null));

        assertThat(quality.findings()).filteredOn(f -> f.kind() == Finding.Kind.NO_HEAD).singleElement()
                .satisfies(f -> {
                    assertThat(f.recordId()).isEqualTo(spouse.id());
                    assertThat(f.field()).isEqualTo("relation");
                    assertThat(f.message()).contains("户 0101").contains("李秀英");
                });
        // no marriage was recorded, so the death could not make her 丧偶 itself: the check reminds, it does not guess
        assertThat(persons.find(spouse.id()).orElseThrow().maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
        assertThat(quality.findings()).filteredOn(f -> f.kind() == Finding.Kind.MARITAL).singleElement()
                .satisfies(f -> {
                    assertThat(f.recordId()).isEqualTo(spouse.id());
                    assertThat(f.field()).isEqualTo("maritalStatus");
                    assertThat(f.message()).contains("王建国").contains("丧偶");
                });

        persons.update(persons.find(spouse.id()).orElseThrow().toBuilder().relation(RelationToHead.HEAD).build());

        assertThat(register.households().get(wang.householdId()).headId()).isEqualTo(spouse.id());
        assertThat(new HouseholdService(register, VillageRegister.CLOCK).show("0101").household().headId())
                .isEqualTo(spouse.id());
        assertThat(quality.findings()).noneMatch(f -> f.kind() == Finding.Kind.NO_HEAD);
    }
}
