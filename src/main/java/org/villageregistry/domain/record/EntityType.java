package org.villageregistry.domain.record;

/** Every kind of record the register keeps; the name is what the change log and bundles call it. */
public enum EntityType {
    PERSON("person"),
    HOUSEHOLD("household"),
    BIRTH("birth"),
    DEATH("death"),
    MARRIAGE("marriage"),
    MOVE("move"),
    BIRTH_REGISTRATION("birthRegistration"),
    PREGNANCY("pregnancy"),
    SERVICE_VISIT("serviceVisit"),
    PROGRAMME("programme"),
    ENROLMENT("enrolment"),
    PAYMENT("payment");

    private final String wireName;

    EntityType(String wireName) {
        this.wireName = wireName;
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
