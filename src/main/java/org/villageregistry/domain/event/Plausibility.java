package org.villageregistry.domain.event;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.villageregistry.domain.person.MaritalStatusRules;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Problem;

/**
 * Plausibility of recorded events. Most findings are warnings to confirm; errors are: a mother outside 14–55 at
 * the birth (a warning once the registrar confirmed it), a child born before the mother's 12th birthday, two
 * deliveries of one mother less than 180 days apart, a death before the birth, and any event date in the future.
 */
public final class Plausibility {
    public static final int MOTHER_MIN_AGE = 14;
    public static final int MOTHER_MAX_AGE = 55;
    public static final int MOTHER_IMPOSSIBLE_BEFORE_AGE = 12;
    public static final int MIN_DAYS_BETWEEN_DELIVERIES = 180;
    /** Births of one mother this close together are one delivery (twins, triplets). */
    public static final Duration SAME_DELIVERY = Duration.ofHours(48);
    private static final Pattern CERTIFICATE = Pattern.compile("[A-Z]\\d{9}");

    private Plausibility() {
    }

    /**
     * Checks a birth against its mother and her other births. {@code confirmed}: the registrar has verified an
     * unusual mother's age with the family, which turns that error into a warning.
     */
    public static List<Problem> birth(Birth birth, Person mother, List<Birth> mothersOtherBirths, boolean confirmed,
            LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        LocalDate born = birth.bornAt().toLocalDate();
        notInFuture("bornAt", born, today).ifPresent(problems::add);
        if (mother != null && mother.birthDate() != null) {
            motherAge(born, mother.birthDate(), confirmed).ifPresent(problems::add);
        }
        for (Birth other : mothersOtherBirths) {
            if (other.voidReason() != null || other.id().equals(birth.id())) {
                continue;
            }
            Duration apart = Duration.between(other.bornAt(), birth.bornAt()).abs();
            long days = ChronoUnit.DAYS.between(other.bornAt().toLocalDate(), born);
            if (apart.compareTo(SAME_DELIVERY) > 0 && Math.abs(days) < MIN_DAYS_BETWEEN_DELIVERIES) {
                problems.add(Problem.error("bornAt", "rule.birth.interval",
                        other.bornAt().toLocalDate().toString(), Math.abs(days)));
            } else if (apart.compareTo(SAME_DELIVERY) > 0 && days > 0 && tooSoonForGestation(birth, days)) {
                // the pregnancy the form gives could not have begun after the delivery before
                problems.add(Problem.warning("gestationWeeks", "rule.birth.gestationInterval",
                        other.bornAt().toLocalDate().toString(), days, birth.gestationWeeks(),
                        birth.gestationWeeks() * 7 + DAYS_AFTER_DELIVERY));
            }
        }
        problems.addAll(birthDetails(birth));
        return problems;
    }

    /** At least this many days pass after a delivery before the next pregnancy's first day (weeks count from it). */
    static final int DAYS_AFTER_DELIVERY = 14;

    /** Whether the days since the mother's delivery before are fewer than the gestation given, plus two weeks. */
    private static boolean tooSoonForGestation(Birth birth, long daysSincePrevious) {
        Integer weeks = birth.gestationWeeks();
        return weeks != null && weeks >= 20 && weeks <= 45 && daysSincePrevious < weeks * 7L + DAYS_AFTER_DELIVERY;
    }

    /** Warnings about the certificate number (letter + 9 digits), weight (300–7000 g) and gestation (20–45 weeks). */
    public static List<Problem> birthDetails(Birth birth) {
        List<Problem> problems = new ArrayList<>();
        String certificate = birth.certificateNumber();
        if (certificate != null && !certificate.isBlank()
                && !CERTIFICATE.matcher(certificate.strip().toUpperCase()).matches()) {
            problems.add(Problem.warning("certificateNumber", "rule.birth.certificateFormat", certificate));
        }
        Integer grams = birth.weightGrams();
        if (grams != null && (grams < 300 || grams > 7000)) {
            problems.add(Problem.warning("weightGrams", "rule.birth.weight", grams));
        }
        Integer weeks = birth.gestationWeeks();
        if (weeks != null && (weeks < 20 || weeks > 45)) {
            problems.add(Problem.warning("gestationWeeks", "rule.birth.gestation", weeks));
        }
        return problems;
    }

    public static List<Problem> death(Death death, Person person, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        notInFuture("date", death.date(), today).ifPresent(problems::add);
        if (person.birthDate() != null && death.date().isBefore(person.birthDate())) {
            problems.add(Problem.error("date", "rule.death.beforeBirth", death.date().toString(),
                    person.birthDate().toString()));
        }
        return problems;
    }

    /** Marital-status warnings of a person (women 15+ without status, married without first-marriage date). */
    public static List<Problem> person(Person person, LocalDate today) {
        return MaritalStatusRules.check(person, today);
    }

    /** Any event date after today is an error. */
    public static Optional<Problem> notInFuture(String field, LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today)
                ? Optional.of(Problem.error(field, "rule.date.future", date.toString()))
                : Optional.empty();
    }

    private static Optional<Problem> motherAge(LocalDate born, LocalDate motherBorn, boolean confirmed) {
        if (born.isBefore(motherBorn.plusYears(MOTHER_IMPOSSIBLE_BEFORE_AGE))) {
            return Optional.of(Problem.error("motherId", "rule.birth.motherUnder12", motherBorn.toString()));
        }
        int age = java.time.Period.between(motherBorn, born).getYears();
        if (age >= MOTHER_MIN_AGE && age <= MOTHER_MAX_AGE) {
            return Optional.empty();
        }
        return Optional.of(confirmed
                ? Problem.warning("motherId", "rule.birth.motherAgeConfirmed", age)
                : Problem.error("motherId", "rule.birth.motherAge", age));
    }
}
