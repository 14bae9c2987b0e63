package org.villageregistry.service.villages;

import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Messages;

/** Two persons in two villages who may be one: the same ID number, or the same name and birth date. */
public record DuplicateSuspect(Kind kind, Person first, String firstVillage, Person second, String secondVillage) {

    /** Why the two are suspected. */
    public enum Kind {
        SAME_ID, SAME_NAME_BIRTH;

        public String label() {
            return Messages.get("villages.duplicate." + name());
        }
    }
}
