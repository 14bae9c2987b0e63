package org.villageregistry.service;

import org.villageregistry.domain.person.Person;

/** One person of a paged list with the number of their household (empty if none). */
public record PersonLine(Person person, String householdNumber) {
}
