package org.villageregistry.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.health.VisitType;

/**
 * The moves, service visits and pregnancies as a month's statistics count them, in memory beside the persons'
 * facts (docs/decisions/0027): a month's population on two days read every dated move twice, and its service
 * coverage every visit up to the month's end (58,588 at 310,000 persons, 0.3–0.45 s through the date's index).
 */
final class CountedRecords {
    /** A move as the population on a day counts it. */
    record MoveFact(String owner, MoveKind kind, LocalDate date, List<UUID> personIds) {
    }

    final RecordFacts<Move, MoveFact> moves = new RecordFacts<>("SELECT m.id, m.owner, m.kind, m.move_date,"
            + " mp.person_id FROM move m LEFT JOIN move_person mp ON mp.move_id = m.id WHERE NOT m.voided",
            (rs, into) -> {
                UUID id = rs.getObject(1, UUID.class);
                MoveFact m = into.get(id);
                if (m == null) {
                    m = new MoveFact(rs.getString(2), rs.getString(3) == null ? null
                            : MoveKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), new ArrayList<>(2));
                    into.put(id, m);
                }
                UUID person = rs.getObject(5, UUID.class);
                if (person != null) {
                    m.personIds().add(person);
                }
            },
            m -> new MoveFact(m.owner(), m.kind(), m.date(), List.copyOf(m.personIds())));

    final RecordFacts<ServiceVisit, ServiceVisit> visits = new RecordFacts<>("SELECT id, owner, person_id,"
            + " pregnancy_id, visit_date, visit_type, next_due FROM service_visit WHERE NOT voided",
            (rs, into) -> {
                UUID id = rs.getObject(1, UUID.class);
                into.put(id, new ServiceVisit(id, 0, rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), rs.getString(6) == null ? null
                        : VisitType.valueOf(rs.getString(6)), null, null, null, rs.getObject(7, LocalDate.class),
                        null));
            },
            v -> new ServiceVisit(v.id(), 0, v.owner(), v.personId(), v.pregnancyId(), v.date(), v.type(), null,
                    null, null, v.nextDue(), null));

    final RecordFacts<Pregnancy, Pregnancy> pregnancies = new RecordFacts<>("SELECT id, owner, woman_id,"
            + " expected_delivery, outcome_date FROM pregnancy WHERE NOT voided",
            (rs, into) -> {
                UUID id = rs.getObject(1, UUID.class);
                into.put(id, new Pregnancy(id, 0, rs.getString(2), rs.getObject(3, UUID.class), null,
                        rs.getObject(4, LocalDate.class), null, rs.getObject(5, LocalDate.class), null));
            },
            p -> new Pregnancy(p.id(), 0, p.owner(), p.womanId(), null, p.expectedDelivery(), null, p.outcomeDate(),
                    null));

    /** Keeps the facts current after each commit of the repositories. */
    void follow(EventStores.Moves moveStore, ServiceStores.ServiceVisits visitStore,
                ServiceStores.Pregnancies pregnancyStore) {
        moveStore.onCommitted(moves::put);
        visitStore.onCommitted(visits::put);
        pregnancyStore.onCommitted(pregnancies::put);
    }
}
