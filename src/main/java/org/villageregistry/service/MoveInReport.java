package org.villageregistry.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.Person;

/**
 * Persons coming into the register (HUKOU_IN or FLOAT_IN). Either they join an existing household
 * ({@code householdId}), or {@code newHousehold} is set and they come as a household of their own (its
 * members are then taken from it), or neither and they are recorded without a household.
 */
public record MoveInReport(MoveKind kind, LocalDate date, String fromDivision, String address, MoveReason reason,
                           EventSource source, UUID householdId, NewHousehold newHousehold, List<Person> persons) {
    public MoveInReport {
        persons = List.copyOf(persons);
    }
}
