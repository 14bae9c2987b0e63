package org.villageregistry.domain.quality;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Person;

/**
 * The counts of the data-quality indicators over the persons in the register on the day (not voided, entered by
 * then, not died or moved out by then: a later death does not change an earlier month's share), by the same
 * rules as the data-quality check lists them: complete records ({@link RecordCompleteness}), ID numbers with an
 * error ({@link IdNumber#check(String, org.villageregistry.domain.person.Sex, LocalDate, LocalDate)}), and duplicate
 * suspects within a village — each further holder of one ID number, and each group of persons with one name and
 * birth date ({@link #idKey(Person)}, {@link #nameBirthKey(Person)}).
 */
public record QualityCounts(Share completeness, long invalidIds, long duplicateSuspects) {
    public static QualityCounts of(Collection<Person> persons, LocalDate day) {
        return ofWorkedOut(persons.stream().map(PersonQuality::of).toList(), day);
    }

    /** {@link #of(Collection, LocalDate)} over persons whose answers are worked out already. */
    public static QualityCounts ofWorkedOut(Collection<PersonQuality> persons, LocalDate day) {
        DuplicateTally tally = new DuplicateTally();
        persons.stream().filter(q -> q.person().isActive()).forEach(tally::add);
        return ofWorkedOut(persons, day, tally.duplicates(owner -> true));
    }

    /**
     * {@link #of(Collection, LocalDate)} over persons whose answers are worked out already, with their duplicate
     * suspects kept by a {@link DuplicateTally} of the same active persons.
     */
    public static QualityCounts ofWorkedOut(Collection<PersonQuality> persons, LocalDate day, long duplicateSuspects) {
        long complete = 0;
        long invalid = 0;
        long whole = 0;
        for (PersonQuality q : persons) {
            if (inRegisterOn(q.person(), day)) {
                whole++;
                complete += q.completeOn(day) ? 1 : 0;
                invalid += q.invalidIdOn(day) ? 1 : 0;
            }
        }
        return new QualityCounts(new Share(complete, whole), invalid, duplicateSuspects);
    }

    /**
     * Not voided, entered on or before the day (birth date when no entry date), and not left by then: left after
     * it (died or moved out on a later day), or still here (a record dead or moved out without the day it left
     * counts for nothing).
     */
    public static boolean inRegisterOn(Person p, LocalDate day) {
        LocalDate from = p.enteredOn() != null ? p.enteredOn() : p.birthDate();
        return !p.isVoided() && from != null && !from.isAfter(day)
                && (p.leftOn() != null ? p.leftOn().isAfter(day) : p.isActive());
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
