package org.villageregistry.domain.quality;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Person;

/**
 * The counts of the data-quality indicators over the persons in the register (active records only), by the same
 * rules as the data-quality check lists them: complete records ({@link RecordCompleteness}), ID numbers with an
 * error ({@link IdNumber#check(String, org.villageregistry.domain.person.Sex, LocalDate, LocalDate)}), and duplicate
 * suspects within a village — each further holder of one ID number, and each group of persons with one name and
 * birth date ({@link #idKey(Person)}, {@link #nameBirthKey(Person)}).
 */
public record QualityCounts(Share completeness, long invalidIds, long duplicateSuspects) {
    public static QualityCounts of(Collection<Person> persons, LocalDate day) {
        List<Person> active = persons.stream().filter(Person::isActive).toList();
        long invalid = active.stream().filter(p -> hasInvalidId(p, day)).count();
        Map<String, Long> byId = new HashMap<>(active.size() * 2);
        Map<String, Long> byNameBirth = new HashMap<>(active.size() * 2);
        for (Person p : active) {
            idKey(p).ifPresent(k -> byId.merge(k, 1L, Long::sum));
            nameBirthKey(p).ifPresent(k -> byNameBirth.merge(k, 1L, Long::sum));
        }
        long duplicates = byId.values().stream().mapToLong(n -> n - 1).sum()
                + byNameBirth.values().stream().filter(n -> n > 1).count();
        return new QualityCounts(RecordCompleteness.completeness(active, day), invalid, duplicates);
    }

    public QualityCounts plus(QualityCounts other) {
        return new QualityCounts(new Share(completeness.part() + other.completeness.part(),
                completeness.whole() + other.completeness.whole()), invalidIds + other.invalidIds,
                duplicateSuspects + other.duplicateSuspects);
    }

    public static boolean hasInvalidId(Person p, LocalDate day) {
        return p.idNumber() != null && !p.idNumber().isBlank()
                && !IdNumber.isValid(p.idNumber(), p.sex(), p.birthDate(), day);
    }

    /** Persons of one village holding one ID number share this key. */
    public static Optional<String> idKey(Person p) {
        return p.idNumber() == null || p.idNumber().isBlank() ? Optional.empty()
                : Optional.of(p.owner() + "|" + IdNumber.normalise(p.idNumber()));
    }

    /** Persons of one village with one name and birth date share this key. */
    public static Optional<String> nameBirthKey(Person p) {
        return p.name() == null || p.birthDate() == null ? Optional.empty()
                : Optional.of(p.owner() + "|" + p.name().strip() + "|" + p.birthDate());
    }
}
