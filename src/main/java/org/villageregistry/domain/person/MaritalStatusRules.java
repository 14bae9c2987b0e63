package org.villageregistry.domain.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.villageregistry.domain.text.Problem;

/** Checks of marital status and first-marriage date, used when a person is saved and by data-quality checks. */
public final class MaritalStatusRules {
    /** Age from which the register expects a marital status. */
    public static final int STATUS_EXPECTED_FROM_AGE = 15;
    /** A first marriage before this age is not plausible and is refused. */
    public static final int EARLIEST_MARRIAGE_AGE = 16;
    private static final Set<MaritalStatus> MARRIED = EnumSet.of(MaritalStatus.MARRIED,
            MaritalStatus.FIRST_MARRIAGE, MaritalStatus.REMARRIED, MaritalStatus.MARRIED_AGAIN);

    private MaritalStatusRules() {
    }

    /** Status 20–23: counts as married (已婚). */
    public static boolean isMarried(MaritalStatus status) {
        return status != null && MARRIED.contains(status);
    }

    public static List<Problem> check(Person p, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (p.birthDate() == null || p.birthDate().isAfter(today)) {
            return problems;
        }
        int age = p.ageOn(today);
        if (p.maritalStatus() == null && age >= STATUS_EXPECTED_FROM_AGE) {
            problems.add(p.sex() == Sex.FEMALE
                    ? Problem.warning("maritalStatus", "rule.person.marital.missingWoman", age)
                    : Problem.warning("maritalStatus", "rule.person.marital.missing", age));
        }
        if (isMarried(p.maritalStatus()) && p.firstMarriageDate() == null) {
            problems.add(Problem.warning("firstMarriageDate", "rule.person.firstMarriage.missing",
                    p.maritalStatus().zh()));
        }
        if (p.maritalStatus() == MaritalStatus.UNMARRIED && p.firstMarriageDate() != null) {
            problems.add(Problem.warning("maritalStatus", "rule.person.firstMarriage.butUnmarried",
                    p.firstMarriageDate().toString()));
        }
        LocalDate first = p.firstMarriageDate();
        if (first != null) {
            LocalDate earliest = p.birthDate().plusYears(EARLIEST_MARRIAGE_AGE);
            if (first.isBefore(earliest)) {
                problems.add(Problem.error("firstMarriageDate", "rule.person.firstMarriage.tooYoung",
                        first.toString(), earliest.toString()));
            } else if (first.isAfter(today)) {
                problems.add(Problem.error("firstMarriageDate", "rule.date.future", first.toString()));
            }
        }
        return problems;
    }
}
