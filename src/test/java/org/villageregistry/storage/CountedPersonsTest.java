package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.MaritalStatusRules;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.quality.QualityCounts;
import org.villageregistry.domain.quality.RecordCompleteness;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;

/**
 * The persons as {@code forEachCounted} gives them (from the facts kept in memory) carry every field the statistics
 * and the data-quality check read as saved, in the order of {@code forEach}: the check's findings and messages from
 * them are those from the whole records.
 */
class CountedPersonsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path home;

    @Test
    void everyFieldTheRulesReadIsThereAsSavedInTheOrderOfTheWholeRecords() {
        try (Register r = RegisterFixture.create(home)) {
            Household h = RegisterFixture.household("0007");
            LocalDate born = LocalDate.of(1990, 3, 1);
            String valid = RegisterFixture.idNumber("410103", born, 123);
            r.transactions().write(() -> {
                r.households().save(h);
                r.persons().save(RegisterFixture.person("王芳", Sex.FEMALE, born).idNumber(valid.substring(0, 17)
                        + Character.toLowerCase(valid.charAt(17))).ethnicity(Ethnicity.HAN).householdId(h.id())
                        .relation(RelationToHead.HEAD).maritalStatus(MaritalStatus.FIRST_MARRIAGE).build());
                r.persons().save(RegisterFixture.person("王小", Sex.MALE, born.plusYears(8)).householdId(h.id())
                        .relation(RelationToHead.SON).build());
                r.persons().save(RegisterFixture.person("李娟", Sex.FEMALE, LocalDate.of(1985, 6, 1))
                        .idNumber("４１０１０３１９８５０６０１１２２x").maritalStatus(MaritalStatus.MARRIED)
                        .firstMarriageDate(LocalDate.of(1996, 1, 1)).build());
                r.persons().save(RegisterFixture.person("赵强", Sex.MALE, LocalDate.of(1970, 1, 1))
                        .idNumber("410103197001011234").maritalStatus(null).residence(ResidenceStatus.AWAY)
                        .leftOn(LocalDate.of(2026, 1, 1)).build());
                r.persons().save(RegisterFixture.person("孙丽", Sex.FEMALE, LocalDate.of(2015, 2, 1)).hukouType(null)
                        .build());
                r.persons().save(RegisterFixture.person("周一", Sex.MALE, LocalDate.of(1940, 1, 1))
                        .idNumber(RegisterFixture.idNumber("410103", LocalDate.of(1940, 1, 1), 11))
                        .residence(ResidenceStatus.DEAD).build());
                r.persons().save(RegisterFixture.person("吴芳", Sex.FEMALE, born).idNumber(valid).build());
                r.persons().save(RegisterFixture.person("重档", Sex.FEMALE, born).voidReason("重档").build());
            });
            for (String step : new String[] {"read from the table", "kept after a save"}) {
                List<List<Object>> whole = new ArrayList<>();
                r.persons().forEach(p -> {
                    if (!p.isVoided()) {
                        whole.add(read(p));
                    }
                });
                List<List<Object>> counted = new ArrayList<>();
                r.persons().forEachCounted(p -> counted.add(read(p)));
                assertThat(counted).as(step).hasSize(7).isEqualTo(whole);
                if (step.startsWith("kept")) {
                    break;
                }
                r.transactions().write(() -> {
                    Person son = r.persons().search("王小", 1).get(0).person();
                    r.persons().save(son.toBuilder().relation(RelationToHead.HEAD).householdId(null)
                            .idNumber("4101032000").build());
                    r.persons().save(RegisterFixture.person("郑老汉", Sex.MALE, LocalDate.of(1950, 1, 1))
                            .idNumber(RegisterFixture.idNumber("410103", LocalDate.of(1950, 1, 1), 9)).build());
                    Person voided = r.persons().search("吴芳", 1).get(0).person();
                    r.persons().save(voided.toBuilder().voidReason("重档").build());
                });
            }
        }
    }

    /** Every field the counts and the check read, and what the rules say of them. */
    private static List<Object> read(Person p) {
        return Arrays.asList(p.id(), p.owner(), p.name(), p.sex(), p.birthDate(),
                p.idNumber() == null ? null : p.idNumber().toUpperCase(Locale.ROOT), p.ethnicity(), p.hukouType(),
                p.residence(), p.maritalStatus(), p.firstMarriageDate(), p.relation(), p.householdId(), p.enteredOn(),
                p.leftOn(), p.isActive(), RecordCompleteness.missingFields(p, DAY),
                p.idNumber() == null ? List.of() : messages(IdNumber.check(p.idNumber(), p.sex(), p.birthDate(), DAY)),
                messages(MaritalStatusRules.check(p, DAY)), QualityCounts.idKey(p), QualityCounts.nameBirthKey(p),
                QualityCounts.hasInvalidId(p, DAY));
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(pr -> pr.field() + ":" + pr.message()).toList();
    }
}
