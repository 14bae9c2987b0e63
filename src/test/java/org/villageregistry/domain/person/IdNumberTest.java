package org.villageregistry.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;

class IdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void theStandardsOwnExamplesAreAccepted() {
        assertThat(IdNumber.check("11010519491231002X", TODAY)).isEmpty();
        assertThat(IdNumber.check("440524188001010014", TODAY)).isEmpty();
    }

    @Test
    void theCheckCharacterFollowsMod11Dash2() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThatThrownBy(() -> IdNumber.checkCharacter("4405241880010100")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMistypedCheckCharacterSaysWhichItShouldBe() {
        List<Problem> problems = IdNumber.check("110105194912310021", TODAY);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("idNumber");
            assertThat(p.isError()).isTrue();
            assertThat(p.message(Messages.CHINESE)).startsWith("身份证号校验位错误：应为 X").contains("请核对证件");
            assertThat(p.message(Messages.ENGLISH)).contains("should be X, not 1");
        });
    }

    @Test
    void aSwappedDigitInTheBodyIsCaughtByTheCheckCharacter() {
        assertThat(IdNumber.check("440524188001010104", TODAY)).extracting(Problem::key)
                .containsExactly("rule.id.checkCharacter");
    }

    @Test
    void aShortNumberIsRefusedForItsLength() {
        assertThat(IdNumber.check("11010519491231002", TODAY)).extracting(Problem::key).containsExactly("rule.id.length");
        assertThat(IdNumber.check("11010519491231002", TODAY).get(0).message(Messages.CHINESE)).contains("现为 17 位");
    }

    @Test
    void lettersInsideTheNumberAreRefused() {
        assertThat(IdNumber.check("1101051949123100XX", TODAY)).extracting(Problem::key)
                .containsExactly("rule.id.characters");
        assertThat(IdNumber.check("11010519A91231002X", TODAY)).extracting(Problem::key)
                .containsExactly("rule.id.characters");
    }

    @Test
    void anImpossibleBirthDateIsRefused() {
        String feb30 = IdNumber.compose("110105", LocalDate.of(2001, 2, 28), 12).replace("20010228", "20010230");
        String body = feb30.substring(0, 17);
        String withRightCheck = body + IdNumber.checkCharacter(body);
        assertThat(IdNumber.check(withRightCheck, TODAY)).extracting(Problem::key).containsExactly("rule.id.date");
    }

    @Test
    void aBirthDateAfterTodayIsRefused() {
        String tomorrow = IdNumber.compose("110105", TODAY.plusDays(1), 11);
        assertThat(IdNumber.check(tomorrow, TODAY)).extracting(Problem::key).containsExactly("rule.id.dateFuture");
        assertThat(IdNumber.check(IdNumber.compose("110105", TODAY, 11), TODAY)).isEmpty();
    }

    @Test
    void inputIsNormalisedFromSpacesFullWidthDigitsAndLowerCaseX() {
        assertThat(IdNumber.normalise(" １１０１０５ 19491231 002x ")).isEqualTo("11010519491231002X");
        assertThat(IdNumber.check("１１０１０５１９４９１２３１００２ｘ", TODAY)).isEmpty();
        assertThat(IdNumber.normalise(null)).isEmpty();
    }

    @Test
    void birthDateAndSexAreReadFromTheNumber() {
        assertThat(IdNumber.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumber.sex("11010519491231002X")).contains(Sex.FEMALE);
        assertThat(IdNumber.sex("440524188001010014")).contains(Sex.MALE);
        assertThat(IdNumber.birthDate("short")).isEmpty();
    }

    @Test
    void aRecordedSexThatDisagreesWithDigit17IsAnError() {
        List<Problem> problems = IdNumber.check("11010519491231002X", Sex.MALE, LocalDate.of(1949, 12, 31), TODAY);
        assertThat(problems).extracting(Problem::key).containsExactly("rule.id.sexMismatch");
        assertThat(problems.get(0).message(Messages.CHINESE)).contains("女").contains("“男”");
        assertThat(IdNumber.check("11010519491231002X", Sex.FEMALE, LocalDate.of(1949, 12, 31), TODAY)).isEmpty();
    }

    @Test
    void aRecordedBirthDateThatDisagreesWithTheNumberIsAnError() {
        List<Problem> problems = IdNumber.check("11010519491231002X", Sex.FEMALE, LocalDate.of(1949, 12, 13), TODAY);
        assertThat(problems).extracting(Problem::key).containsExactly("rule.id.birthMismatch");
        assertThat(problems.get(0).message(Messages.CHINESE)).contains("1949-12-31").contains("1949-12-13");
    }

    @Test
    void composedNumbersAreValidAndCarryTheSexOfTheOrder() {
        LocalDate born = LocalDate.of(2024, 2, 29);
        String boy = IdNumber.compose("410103", born, 37);
        String girl = IdNumber.compose("410103", born, 38);
        assertThat(boy).hasSize(18).startsWith("41010320240229037");
        assertThat(IdNumber.check(boy, Sex.MALE, born, TODAY)).isEmpty();
        assertThat(IdNumber.check(girl, Sex.FEMALE, born, TODAY)).isEmpty();
    }

    @Test
    void displayMaskKeepsTheFirstSixAndLastFour() {
        assertThat(IdNumber.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(IdNumber.mask("11010519491231002x")).isEqualTo("110105********002X");
        assertThat(IdNumber.mask("12345")).isEqualTo("*****");
    }
}
