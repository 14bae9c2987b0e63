package org.villageregistry.service.sync;

import java.time.LocalDate;
import java.util.Optional;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;

/**
 * Whether a birth on the township's hospital or police list is recorded by its village: a birth of that village to
 * the mother with that ID number within three days of the listed date.
 */
public final class KnownBirthMatch {
    private KnownBirthMatch() {
    }

    public static boolean recorded(Register register, KnownBirth known, String village) {
        Optional<Person> mother = known.motherIdNumber() == null || known.motherIdNumber().isBlank()
                ? Optional.empty() : register.persons().findActiveByIdNumber(known.motherIdNumber());
        if (mother.isEmpty()) {
            return false;
        }
        LocalDate day = known.bornOn();
        for (Birth b : register.births().byMother(mother.get().id())) {
            if (b.owner().equals(village) && b.bornAt() != null
                    && Math.abs(b.bornAt().toLocalDate().toEpochDay() - day.toEpochDay()) <= KnownBirth.MATCH_DAYS) {
                return true;
            }
        }
        return false;
    }
}
