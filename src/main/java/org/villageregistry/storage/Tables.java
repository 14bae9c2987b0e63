package org.villageregistry.storage;

import static org.villageregistry.storage.RecordTable.column;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.Recorded;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.Spouse;

/** The table of every kind of record, with the typed columns that V1__register.sql declares. */
final class Tables {
    private Tables() {
    }

    static final RecordTable<Person> PERSON = new RecordTable<>("person", Person.class, EntityType.PERSON, List.of(
            column("name", Person::name),
            column("sex", Person::sex),
            column("birth_date", Person::birthDate),
            column("id_number", p -> p.idNumber() == null ? null : p.idNumber().toUpperCase(java.util.Locale.ROOT)),
            column("ethnicity", Person::ethnicity),
            column("hukou_type", Person::hukouType),
            column("residence", Person::residence),
            column("marital", Person::maritalStatus),
            column("first_married_on", Person::firstMarriageDate),
            column("household_id", Person::householdId),
            column("relation", p -> p.relation() == null ? null : p.relation().code()),
            column("mother_id", Person::motherId),
            column("father_id", Person::fatherId),
            column("entered_on", Person::enteredOn),
            column("left_on", Person::leftOn),
            column("residence_before_leaving", Person::residenceBeforeLeaving),
            column("pinyin", p -> PersonSearchIndex.words(NamePinyin.of(p.name()).full())),
            column("initials", p -> PersonSearchIndex.words(NamePinyin.of(p.name()).initials()))));

    static final RecordTable<Household> HOUSEHOLD = new RecordTable<>("household", Household.class,
            EntityType.HOUSEHOLD, List.of(
            column("number", Household::number),
            column("head_id", Household::headId),
            column("created_on", Household::createdOn),
            column("closed_on", Household::closedOn)));

    static final RecordTable<Birth> BIRTH = new RecordTable<>("birth", Birth.class, EntityType.BIRTH, List.of(
            column("child_id", Birth::childId),
            column("mother_id", Birth::motherId),
            column("father_id", Birth::fatherId),
            column("born_on", b -> b.bornAt() == null ? null : b.bornAt().toLocalDate()),
            column("sex", Birth::sex),
            column("birth_order", Birth::birthOrder),
            column("recorded_on", b -> recordedOn(b.recorded()))));

    static final RecordTable<Death> DEATH = new RecordTable<>("death", Death.class, EntityType.DEATH, List.of(
            column("person_id", Death::personId),
            column("death_date", Death::date),
            column("recorded_on", d -> recordedOn(d.recorded()))));

    static final RecordTable<Marriage> MARRIAGE = new RecordTable<>("marriage", Marriage.class,
            EntityType.MARRIAGE, List.of(
            column("kind", Marriage::kind),
            column("husband_id", Marriage::husbandId),
            column("wife_id", Marriage::wifeId),
            column("marriage_date", Marriage::date)));

    static final RecordTable<Move> MOVE = new RecordTable<>("move", Move.class, EntityType.MOVE, List.of(
            column("kind", Move::kind),
            column("household_id", Move::householdId),
            column("move_date", Move::date),
            column("person_count", m -> m.personIds().size())));

    static final RecordTable<BirthRegistration> BIRTH_REGISTRATION = new RecordTable<>("birth_registration",
            BirthRegistration.class, EntityType.BIRTH_REGISTRATION, List.of(
            column("wife_id", r -> personOf(r.wife())),
            column("husband_id", r -> personOf(r.husband())),
            column("registration_number", BirthRegistration::registrationNumber),
            column("registered_on", BirthRegistration::registeredOn)));

    static final RecordTable<Pregnancy> PREGNANCY = new RecordTable<>("pregnancy", Pregnancy.class,
            EntityType.PREGNANCY, List.of(
            column("woman_id", Pregnancy::womanId),
            column("expected_delivery", Pregnancy::expectedDelivery),
            column("outcome", Pregnancy::outcome),
            column("outcome_date", Pregnancy::outcomeDate)));

    static final RecordTable<ServiceVisit> SERVICE_VISIT = new RecordTable<>("service_visit", ServiceVisit.class,
            EntityType.SERVICE_VISIT, List.of(
            column("person_id", ServiceVisit::personId),
            column("pregnancy_id", ServiceVisit::pregnancyId),
            column("visit_date", ServiceVisit::date),
            column("visit_type", ServiceVisit::type),
            column("next_due", ServiceVisit::nextDue)));

    static final RecordTable<BenefitProgramme> PROGRAMME = new RecordTable<>("programme", BenefitProgramme.class,
            EntityType.PROGRAMME, List.of(
            column("code", BenefitProgramme::code)));

    static final RecordTable<Enrolment> ENROLMENT = new RecordTable<>("enrolment", Enrolment.class,
            EntityType.ENROLMENT, List.of(
            column("person_id", Enrolment::personId),
            column("programme_id", Enrolment::programmeId),
            column("child_id", Enrolment::childId),
            column("from_date", Enrolment::from),
            column("to_date", Enrolment::to)));

    static final RecordTable<Payment> PAYMENT = new RecordTable<>("payment", Payment.class, EntityType.PAYMENT,
            List.of(
            column("enrolment_id", Payment::enrolmentId),
            column("period", Payment::period),
            column("paid_on", Payment::paidOn),
            column("amount_fen", p -> p.amount() == null ? null : p.amount().fen())));

    private static final Map<EntityType, RecordTable<?>> BY_KIND = byKind();

    /** The table of a kind of record; every kind of {@link EntityType} has one (checked when the class loads). */
    static RecordTable<?> of(EntityType kind) {
        return BY_KIND.get(kind);
    }

    private static Map<EntityType, RecordTable<?>> byKind() {
        Map<EntityType, RecordTable<?>> all = new EnumMap<>(EntityType.class);
        for (RecordTable<?> t : List.of(PERSON, HOUSEHOLD, BIRTH, DEATH, MARRIAGE, MOVE, BIRTH_REGISTRATION, PREGNANCY,
                SERVICE_VISIT, PROGRAMME, ENROLMENT, PAYMENT)) {
            all.put(t.entityType(), t);
        }
        if (all.size() != EntityType.values().length) {
            throw new IllegalStateException("a kind of record has no table: " + all.keySet());
        }
        return all;
    }

    private static Object recordedOn(Recorded r) {
        return r == null ? null : r.recordedOn();
    }

    private static Object personOf(Spouse s) {
        return s == null ? null : s.personId();
    }
}
