package org.villageregistry.domain.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.Move;

/** Repositories of vital events. */
public final class EventRepositories {
    private EventRepositories() {
    }

    /** Births, looked up by mother, child or date. */
    public interface BirthRepository extends RecordRepository<Birth> {
        List<Birth> byMother(UUID motherId);

        Optional<Birth> byChild(UUID childId);

        /** Births with bornAt on a day in [from, to], not voided. */
        List<Birth> between(LocalDate from, LocalDate to);
    }

    /** Deaths. */
    public interface DeathRepository extends RecordRepository<Death> {
        /** The person's death, not voided. */
        Optional<Death> byPerson(UUID personId);

        /** The person's deaths voided as recorded by mistake, earliest first. */
        List<Death> voidedOf(UUID personId);

        List<Death> between(LocalDate from, LocalDate to);
    }

    /** Marriages, divorces and remarriages. */
    public interface MarriageRepository extends RecordRepository<Marriage> {
        List<Marriage> byPerson(UUID personId);

        List<Marriage> between(LocalDate from, LocalDate to);
    }

    /** Moves in and out. */
    public interface MoveRepository extends RecordRepository<Move> {
        List<Move> byPerson(UUID personId);

        List<Move> between(LocalDate from, LocalDate to);
    }
}
