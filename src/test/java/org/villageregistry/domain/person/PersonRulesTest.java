package org.villageregistry.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.testing.People;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.Severity;

class PersonRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static List<String> keys(Person p) {
        return PersonRules.validate(p, TODAY).stream().map(Problem::key).toList();
    }

    @Test
    void aCompleteRecordHasNoProblems() {
        Person p = People.woman("王秀英", LocalDate.of(1949, 12, 31)).idNumber("11010519491231002X")
                .maritalStatus(MaritalStatus.WIDOWED).build();
        assertThat(PersonRules.validate(p, TODAY)).isEmpty();
    }

    @Test
    void aMissingNameIsAnErrorOnTheNameField() {
        List<Problem> problems = PersonRules.validate(People.man("  ", LocalDate.of(2000, 1, 1)).build(), TODAY);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("name");
            assertThat(p.isError()).isTrue();
            assertThat(p.message(Messages.CHINESE)).contains("姓名不能为空");
        });
    }

    @Test
    void namesMustBeTwoToTwentyLettersWithTheMiddleDotBetweenParts() {
        assertThat(PersonRules.checkName("王")).extracting(Problem::key).containsExactly("rule.person.name.length");
        assertThat(PersonRules.checkName("阿".repeat(21))).extracting(Problem::key).containsExactly("rule.person.name.length");
        assertThat(PersonRules.checkName("阿依古丽·买买提")).isEmpty();
        assertThat(PersonRules.checkName("Anna Smith")).extracting(Problem::key).containsExactly("rule.person.name.characters");
        assertThat(PersonRules.checkName("王2")).extracting(Problem::key).containsExactly("rule.person.name.characters");
        assertThat(PersonRules.checkName("·买买提")).extracting(Problem::key).containsExactly("rule.person.name.characters");
        assertThat(PersonRules.checkName("Anna")).isEmpty();
    }

    @Test
    void sexBirthDateEthnicityAndHukouTypeAreRequired() {
        Person p = People.man("李四", LocalDate.of(2000, 1, 1)).sex(null).birthDate(null).ethnicity(null)
                .hukouType(null).build();
        assertThat(keys(p)).containsExactlyInAnyOrder("rule.person.sex.required", "rule.person.birthDate.required",
                "rule.person.ethnicity.required", "rule.person.hukouType.required");
    }

    @Test
    void aBirthDateInTheFutureIsAnError() {
        assertThat(keys(People.man("李四", TODAY.plusDays(1)).build())).containsExactly("rule.date.future");
    }

    @Test
    void theIdNumberIsCheckedAgainstTheRecordedSexAndBirthDate() {
        Person p = People.man("王秀英", LocalDate.of(1949, 12, 30)).idNumber("11010519491231002X")
                .maritalStatus(MaritalStatus.WIDOWED).build();
        assertThat(keys(p)).containsExactlyInAnyOrder("rule.id.sexMismatch", "rule.id.birthMismatch");
    }

    @Test
    void aChildWithoutIdNumberIsFine() {
        assertThat(keys(People.woman("李小花", LocalDate.of(2025, 3, 15)).build())).isEmpty();
    }

    @Test
    void aWomanOf15WithoutMaritalStatusGetsAWarningNotAnError() {
        Person girl = People.woman("李小花", TODAY.minusYears(15)).maritalStatus(null).build();
        List<Problem> problems = PersonRules.validate(girl, TODAY);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.key()).isEqualTo("rule.person.marital.missingWoman");
        });
        Person younger = girl.toBuilder().birthDate(TODAY.minusYears(15).plusDays(1)).build();
        assertThat(PersonRules.validate(younger, TODAY)).isEmpty();
    }

    @Test
    void aMarriedPersonWithoutFirstMarriageDateGetsAWarning() {
        Person p = People.man("张伟", LocalDate.of(1990, 5, 1)).maritalStatus(MaritalStatus.FIRST_MARRIAGE).build();
        assertThat(PersonRules.validate(p, TODAY)).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.field()).isEqualTo("firstMarriageDate");
        });
        assertThat(keys(p.toBuilder().maritalStatus(MaritalStatus.DIVORCED).build())).isEmpty();
    }

    @Test
    void aFirstMarriageBeforeThe16thBirthdayIsAnError() {
        Person p = People.woman("刘芳", LocalDate.of(1990, 5, 1)).maritalStatus(MaritalStatus.MARRIED)
                .firstMarriageDate(LocalDate.of(2006, 4, 30)).build();
        assertThat(PersonRules.validate(p, TODAY)).singleElement().satisfies(e -> {
            assertThat(e.isError()).isTrue();
            assertThat(e.message(Messages.CHINESE)).contains("2006-05-01");
        });
        assertThat(keys(p.toBuilder().firstMarriageDate(LocalDate.of(2006, 5, 1)).build())).isEmpty();
    }
}
