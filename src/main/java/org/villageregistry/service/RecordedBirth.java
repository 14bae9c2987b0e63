package org.villageregistry.service;

import java.util.List;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Problem;

/** What recording a delivery made: a birth and a child per child born, and the warnings to look at. */
public record RecordedBirth(List<Birth> births, List<Person> children, List<Problem> warnings) {
    public RecordedBirth {
        births = List.copyOf(births);
        children = List.copyOf(children);
        warnings = List.copyOf(warnings);
    }
}
