package org.villageregistry.domain.repository;

import org.villageregistry.domain.person.Person;

/** One search result with why it matched, so exact ID matches can rank first. */
public record PersonHit(Person person, String householdNumber, MatchKind match) {
    /** Ranked best first. */
    public enum MatchKind { ID_EXACT, NAME_EXACT, NAME, ID_SUFFIX, HOUSEHOLD, PINYIN_FULL, PINYIN_INITIALS }
}
