package org.villageregistry.service.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.sample.VillageRecords.Couple;

/**
 * Transfers between villages of the township: a woman of village A marries a man of village B and her hukou
 * follows. A records the move out with B as destination; B records the move in of the same person (same
 * UUID) and the marriage. The township pairs the two when it merges the villages' bundles.
 */
final class TownshipTransfers {
    static final int PER_PAIR = 2;

    private final SampleRandom random;
    private final SampleCalendar calendar;

    TownshipTransfers(SampleRandom random, SampleCalendar calendar) {
        this.random = random;
        this.calendar = calendar;
    }

    void between(List<VillageRecords> villages) {
        if (villages.size() < 2) {
            return;
        }
        int pairs = villages.size() == 2 ? 1 : villages.size();
        for (int i = 0; i < pairs; i++) {
            VillageRecords from = villages.get(i);
            VillageRecords to = villages.get((i + 1) % villages.size());
            for (int k = 0; k < PER_PAIR; k++) {
                Optional<Person> bride = first(from, Sex.FEMALE, 21, 30);
                Optional<Person> groom = first(to, Sex.MALE, 23, 34);
                if (bride.isPresent() && groom.isPresent()) {
                    transfer(from, bride.get(), to, groom.get());
                }
            }
        }
    }

    private Optional<Person> first(VillageRecords village, Sex sex, int minAge, int maxAge) {
        List<Person> candidates = village.free().stream()
                .filter(p -> p.sex() == sex && p.maritalStatus() == MaritalStatus.UNMARRIED
                        && p.residence() != ResidenceStatus.INCOMING && p.idNumber() != null)
                .filter(p -> {
                    int age = p.ageOn(calendar.windowStart());
                    return age >= minAge && age <= maxAge;
                }).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(random.pick(candidates));
    }

    private void transfer(VillageRecords from, Person bride, VillageRecords to, Person groom) {
        LocalDate married = random.day(calendar.windowStart(), calendar.lastEventDay().minusDays(400));
        LocalDate moved = married.plusDays(random.between(5, 40));
        from.busy.add(bride.id());
        to.busy.add(groom.id());
        to.busy.add(bride.id());
        from.put(bride.toBuilder().maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(married)
                .residence(ResidenceStatus.MOVED_OUT).leftOn(moved).residenceBeforeLeaving(bride.residence()).build());
        from.moves.add(move(from, MoveKind.HUKOU_OUT, bride, moved, to));

        Household home = to.households.get(groom.householdId());
        RelationToHead relation = groom.relation() == RelationToHead.HEAD ? RelationToHead.SPOUSE
                : RelationToHead.OTHER;
        to.put(bride.toBuilder().owner(to.owner()).maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .firstMarriageDate(married).hukouType(home.hukouType()).residence(ResidenceStatus.RESIDENT)
                .householdId(home.id()).relation(relation).motherId(null).fatherId(null)
                .enteredOn(moved).leftOn(null).build());
        to.put(groom.toBuilder().maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(married).build());
        to.marriages.add(new Marriage(random.uuid(), 0, to.owner(), MarriageKind.MARRIAGE, groom.id(), bride.id(),
                null, null, married, SampleEvents.marriageCertificate(random, married),
                SampleEvents.recorded(random, married, calendar, EventSource.SELF_REPORT), null));
        to.moves.add(move(to, MoveKind.HUKOU_IN, bride, moved, from));
        to.couples.add(new Couple(groom.id(), bride.id(), home.id(), relation == RelationToHead.OTHER, married));
    }

    private Move move(VillageRecords owner, MoveKind kind, Person p, LocalDate day, VillageRecords other) {
        boolean out = kind == MoveKind.HUKOU_OUT;
        return new Move(random.uuid(), 0, owner.owner(), kind, List.of(p.id()), null, day,
                out ? owner.owner() : other.owner(), out ? other.owner() : owner.owner(),
                "青山镇" + other.division.name(), MoveReason.MARRIAGE,
                SampleEvents.recorded(random, day, calendar, EventSource.SELF_REPORT), null);
    }
}
