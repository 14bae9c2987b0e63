package org.villageregistry.domain.quality;

import java.time.LocalDate;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Person;

/**
 * What the data-quality counts ask of one person, worked out once for the record as it is: its duplicate keys, the
 * first day its ID number is valid, and whether a field is missing whatever the day. The answers for a day are the
 * rules' own ({@link QualityCounts#hasInvalidId}, {@link RecordCompleteness#isComplete}): only the day's part is
 * left to ask, so a register that keeps these beside its persons counts a month in a pass over them.
 *
 * @param person the person as counted
 * @param idKey persons of one village holding one ID number share it (null without a number)
 * @param nameBirthKey persons of one village with one name and birth date share it (null without either)
 * @param idValidFrom the first day the ID number is valid (null when it has none, or is valid on no day)
 * @param missingWhateverTheDay a field other than the ID number and the marital status is missing
 * @param missingByAge the ID number or the marital status is missing, which counts only from an age
 */
public record PersonQuality(Person person, String idKey, String nameBirthKey, LocalDate idValidFrom,
                            boolean missingWhateverTheDay, boolean missingByAge) {

    public static PersonQuality of(Person p) {
        boolean hasId = p.idNumber() != null && !p.idNumber().isBlank();
        return new PersonQuality(p, QualityCounts.idKey(p).orElse(null), QualityCounts.nameBirthKey(p).orElse(null),
                hasId ? IdNumber.validFrom(p.idNumber(), p.sex(), p.birthDate()).orElse(null) : null,
                p.relation() == null || p.name() == null || p.name().isBlank() || p.sex() == null
                        || p.birthDate() == null || p.ethnicity() == null || p.hukouType() == null,
                !hasId || p.maritalStatus() == null);
    }

    /** As {@link QualityCounts#hasInvalidId(Person, LocalDate)}. */
    public boolean invalidIdOn(LocalDate day) {
        return idKey != null && (idValidFrom == null || idValidFrom.isAfter(day));
    }

    /** As {@link RecordCompleteness#isComplete(Person, LocalDate)}. */
    public boolean completeOn(LocalDate day) {
        if (missingWhateverTheDay) {
            return false;
        }
        return !missingByAge || RecordCompleteness.isComplete(person, day);
    }
}
