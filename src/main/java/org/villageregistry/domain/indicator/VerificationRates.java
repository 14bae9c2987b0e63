package org.villageregistry.domain.indicator;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.MaritalStatusRules;
import org.villageregistry.domain.person.ReproductiveAgeRoster;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Coded;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.domain.verification.PersonResult;
import org.villageregistry.domain.verification.SampledNewborn;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.VerificationResults;
import org.villageregistry.domain.verification.VerificationSample;

/**
 * The figures of a sample verification (DOMAIN.md "Monitoring"), the one place they are defined, for one village
 * or the whole sample. Only persons with a result entered count.
 * <ul>
 * <li>数据库信息准确率 = persons whose checked fields were all right / persons checked (a person not living there
 * is checked and not right: the register holds them where they are not);</li>
 * <li>field error rate of a field = persons found with that field wrong / persons found living there;</li>
 * <li>漏登率 = persons found living there but not in the register (漏登 and unrecorded newborns) / persons found
 * living there (registered ones found plus those);</li>
 * <li>出生漏统率 = births of the 12 months before the draw found but not recorded / births found: registered
 * children of that age found living there, unrecorded births entered, and the listed newborns the team found (a
 * listed newborn who is also a drawn household's member counts once);</li>
 * <li>已婚育龄妇女信息管理率 = married women 15–49 found who are in the register / found (sex, birth date and
 * marital status as the team found them).</li>
 * </ul>
 */
public record VerificationRates(SampleRate accuracy, Map<CheckedField, SampleRate> fieldErrors, SampleRate omission,
                                SampleRate birthOmission, SampleRate marriedWomenManaged) {
    public VerificationRates {
        fieldErrors = Map.copyOf(fieldErrors);
    }

    /** The figures of the village's part of the sample. */
    public static VerificationRates ofVillage(VerificationSample sample, VerificationResults results, String village) {
        return measure(sample, results, village::equals);
    }

    /** The figures of the whole sample (every village together, not an average of village rates). */
    public static VerificationRates ofAll(VerificationSample sample, VerificationResults results) {
        return measure(sample, results, v -> true);
    }

    private static VerificationRates measure(VerificationSample sample, VerificationResults results,
                                             Predicate<String> village) {
        LocalDate on = sample.verification().drawnOn();
        List<SampledPerson> persons = sample.persons().stream().filter(p -> village.test(p.village())).toList();
        List<FoundPerson> found = results.found().stream()
                .filter(f -> sample.household(f.household()).map(h -> village.test(h.village())).orElse(false))
                .toList();
        List<SampledNewborn> newborns = sample.newborns().stream().filter(n -> village.test(n.village())).toList();
        long checked = 0;
        long right = 0;
        long living = 0;
        Map<CheckedField, Long> wrong = new EnumMap<>(CheckedField.class);
        long birthsFound = 0;
        long women = 0;
        for (SampledPerson p : persons) {
            Optional<PersonResult> r = results.of(p.number());
            if (r.isEmpty()) {
                continue;
            }
            checked++;
            if (r.get().outcome() == PersonOutcome.CORRECT) {
                right++;
            }
            if (!r.get().livesThere()) {
                continue;
            }
            living++;
            r.get().corrections().keySet().forEach(f -> wrong.merge(f, 1L, Long::sum));
            Truth truth = Truth.of(p, r.get());
            if (truth.bornWithinYearBefore(on) && !listed(p, newborns)) {
                birthsFound++;
            }
            if (truth.marriedWoman15to49(on)) {
                women++;
            }
        }
        long missing = found.size();
        long unrecorded = found.stream().filter(f -> f.kind() == FoundPerson.Kind.UNRECORDED_BIRTH).count();
        long womenMissing = found.stream().filter(f -> f.sex() == Sex.FEMALE && f.married()
                && inReproductiveAge(f.birthDate(), on)).count();
        long listedFound = newborns.stream().filter(n -> Boolean.TRUE.equals(results.newborns().get(n.number())))
                .count();
        long listedUnrecorded = newborns.stream().filter(n -> !n.recorded()
                && Boolean.TRUE.equals(results.newborns().get(n.number()))).count();
        Map<CheckedField, SampleRate> errors = new EnumMap<>(CheckedField.class);
        for (CheckedField f : CheckedField.values()) {
            errors.put(f, new SampleRate(wrong.getOrDefault(f, 0L), living));
        }
        return new VerificationRates(new SampleRate(right, checked), errors,
                new SampleRate(missing, living + missing),
                new SampleRate(unrecorded + listedUnrecorded, birthsFound + unrecorded + listedFound),
                new SampleRate(women, women + womenMissing));
    }

    private static boolean listed(SampledPerson p, List<SampledNewborn> newborns) {
        return newborns.stream().anyMatch(n -> n.bornOn().equals(p.birthDate()) && n.childName() != null
                && n.childName().equals(p.name()));
    }

    static boolean inReproductiveAge(LocalDate born, LocalDate on) {
        if (born == null) {
            return false;
        }
        int age = java.time.Period.between(born, on).getYears();
        return age >= ReproductiveAgeRoster.MIN_AGE && age <= ReproductiveAgeRoster.MAX_AGE;
    }

    /** A sampled person as the team found them: a corrected sex, birth date or marital status replaces the register's. */
    private record Truth(Sex sex, LocalDate born, MaritalStatus marital) {
        static Truth of(SampledPerson p, PersonResult r) {
            Map<CheckedField, String> c = r.corrections();
            Sex sex = Optional.ofNullable(c.get(CheckedField.SEX)).flatMap(t -> Coded.parse(Sex.class, t))
                    .orElse(p.sex());
            LocalDate born = Optional.ofNullable(c.get(CheckedField.BIRTH_DATE)).flatMap(Truth::date)
                    .orElse(p.birthDate());
            MaritalStatus marital = Optional.ofNullable(c.get(CheckedField.MARITAL))
                    .flatMap(t -> Coded.parse(MaritalStatus.class, t)).orElse(p.marital());
            return new Truth(sex, born, marital);
        }

        private static Optional<LocalDate> date(String text) {
            try {
                return Optional.of(LocalDate.parse(text.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }

        boolean bornWithinYearBefore(LocalDate on) {
            return born != null && !born.isAfter(on) && born.isAfter(on.minusYears(1));
        }

        boolean marriedWoman15to49(LocalDate on) {
            return sex == Sex.FEMALE && MaritalStatusRules.isMarried(marital) && inReproductiveAge(born, on);
        }
    }
}
