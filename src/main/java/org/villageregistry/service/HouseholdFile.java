package org.villageregistry.service;

import java.util.List;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;

/** A household with its members, head first. */
public record HouseholdFile(Household household, List<Person> members) {
    public HouseholdFile {
        members = List.copyOf(members);
    }
}
