package org.villageregistry.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick yes/no of {@link IdNumber#isValid(String, Sex, LocalDate, LocalDate)} answers as the full check does. */
class IdNumberValidityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String[] NOISE = {"x", "X", "ｘ", "Ｘ", " ", "　", "０", "９", "a", "-", "٣", "", "12"};

    @Test
    void agreesWithTheFullCheckOnValidMistypedAndOddNumbers() {
        Random random = new Random(20261206L);
        List<String> numbers = new ArrayList<>(List.of("", " ", "41010319900301122", "4101031990030112211",
                "410103199002301221", "410103203001011234", "41010319900301122x", "４１０１０３１９９００３０１１２２Ｘ"));
        for (int i = 0; i < 4000; i++) {
            LocalDate born = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(50_000)); // some after today
            String valid = compose(born, random.nextInt(1000));
            numbers.add(valid);
            numbers.add(valid.toLowerCase());
            StringBuilder mistyped = new StringBuilder(valid);
            int at = random.nextInt(valid.length());
            mistyped.replace(at, at + 1, NOISE[random.nextInt(NOISE.length)]);
            numbers.add(mistyped.toString());
            StringBuilder digit = new StringBuilder(valid);
            digit.setCharAt(at, (char) ('0' + random.nextInt(10)));
            numbers.add(digit.toString());
        }
        int valid = 0;
        for (String raw : numbers) {
            for (Sex sex : new Sex[] {null, Sex.MALE, Sex.FEMALE}) {
                LocalDate idBirth = IdNumber.birthDate(raw).orElse(null);
                for (LocalDate birth : new LocalDate[] {null, idBirth, LocalDate.of(1990, 3, 1)}) {
                    boolean full = IdNumber.check(raw, sex, birth, TODAY).isEmpty();
                    assertThat(IdNumber.isValid(raw, sex, birth, TODAY)).as("%s %s %s", raw, sex, birth)
                            .isEqualTo(full);
                    valid += full ? 1 : 0;
                    if (idBirth != null) { // the day the number's holder is born, and the day before
                        for (LocalDate day : new LocalDate[] {idBirth, idBirth.minusDays(1)}) {
                            assertThat(IdNumber.isValid(raw, sex, birth, day)).as("%s %s %s on %s", raw, sex, birth,
                                    day).isEqualTo(IdNumber.check(raw, sex, birth, day).isEmpty());
                        }
                    }
                }
            }
        }
        assertThat(valid).as("the numbers include valid ones").isGreaterThan(4000);
    }

    private static String compose(LocalDate born, int order) {
        return IdNumber.compose("410103", born, order);
    }
}
