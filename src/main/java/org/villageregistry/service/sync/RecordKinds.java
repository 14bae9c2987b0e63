package org.villageregistry.service.sync;

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
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.repository.RecordRepository;
import org.villageregistry.domain.repository.Register;

/** Which record class and which repository belong to each kind of change. */
public final class RecordKinds {
    private RecordKinds() {
    }

    /** The record class of a change's state (the county parses with it too). */
    public static Class<? extends RegisterRecord> type(EntityType t) {
        return switch (t) {
            case PERSON -> Person.class;
            case HOUSEHOLD -> Household.class;
            case BIRTH -> Birth.class;
            case DEATH -> Death.class;
            case MARRIAGE -> Marriage.class;
            case MOVE -> Move.class;
            case BIRTH_REGISTRATION -> BirthRegistration.class;
            case PREGNANCY -> Pregnancy.class;
            case SERVICE_VISIT -> ServiceVisit.class;
            case PROGRAMME -> BenefitProgramme.class;
            case ENROLMENT -> Enrolment.class;
            case PAYMENT -> Payment.class;
        };
    }

    @SuppressWarnings("unchecked")
    static RecordRepository<RegisterRecord> repository(Register r, EntityType t) {
        RecordRepository<?> repo = switch (t) {
            case PERSON -> r.persons();
            case HOUSEHOLD -> r.households();
            case BIRTH -> r.births();
            case DEATH -> r.deaths();
            case MARRIAGE -> r.marriages();
            case MOVE -> r.moves();
            case BIRTH_REGISTRATION -> r.birthRegistrations();
            case PREGNANCY -> r.pregnancies();
            case SERVICE_VISIT -> r.visits();
            case PROGRAMME -> r.programmes();
            case ENROLMENT -> r.enrolments();
            case PAYMENT -> r.payments();
        };
        return (RecordRepository<RegisterRecord>) repo;
    }
}
