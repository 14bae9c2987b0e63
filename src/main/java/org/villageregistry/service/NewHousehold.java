package org.villageregistry.service;

import java.time.LocalDate;
import java.util.List;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;

/**
 * A household to be registered with its members, head first, each with its relation to the head.
 * {@code number} may be null: the next free number of the village is taken. createdOn null means today.
 */
public record NewHousehold(String number, String group, String address, HukouType hukouType, LocalDate createdOn,
                           List<Person> members) {
    public NewHousehold {
        members = List.copyOf(members);
    }
}
