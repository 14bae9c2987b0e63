package org.villageregistry.domain.record;

import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.registration.BirthRegistration;

/**
 * Every kind of record the register keeps, with its name in the change log and bundles and its record class: the
 * one list of kinds (the register answers {@code repository(kind)} for each, checked when it opens).
 */
public enum EntityType {
    PERSON("person", Person.class),
    HOUSEHOLD("household", Household.class),
    BIRTH("birth", Birth.class),
    DEATH("death", Death.class),
    MARRIAGE("marriage", Marriage.class),
    MOVE("move", Move.class),
    BIRTH_REGISTRATION("birthRegistration", BirthRegistration.class),
    PREGNANCY("pregnancy", Pregnancy.class),
    SERVICE_VISIT("serviceVisit", ServiceVisit.class),
    PROGRAMME("programme", BenefitProgramme.class),
    ENROLMENT("enrolment", Enrolment.class),
    PAYMENT("payment", Payment.class);

    private final String wireName;
    private final Class<? extends RegisterRecord> recordClass;

    EntityType(String wireName, Class<? extends RegisterRecord> recordClass) {
        this.wireName = wireName;
        this.recordClass = recordClass;
    }

    /** The record a change of this kind carries as its state. */
    public Class<? extends RegisterRecord> recordClass() {
        return recordClass;
    }

    public String wireName() {
        return wireName;
    }

    public static EntityType fromWireName(String name) {
        for (EntityType t : values()) {
            if (t.wireName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type " + name);
    }
}
