package org.villageregistry.service;

import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;

/** What the registrar sees when opening a person: the record, the household and the events in date order. */
public record PersonFile(Person person, Optional<Household> household, List<TimelineEntry> timeline) {
    public PersonFile {
        timeline = List.copyOf(timeline);
    }
}
