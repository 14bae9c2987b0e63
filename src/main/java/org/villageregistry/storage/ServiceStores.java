package org.villageregistry.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.repository.ServiceRepositories.BirthRegistrationRepository;
import org.villageregistry.domain.repository.ServiceRepositories.EnrolmentRepository;
import org.villageregistry.domain.repository.ServiceRepositories.PaymentRepository;
import org.villageregistry.domain.repository.ServiceRepositories.PregnancyRepository;
import org.villageregistry.domain.repository.ServiceRepositories.ProgrammeRepository;
import org.villageregistry.domain.repository.ServiceRepositories.ServiceVisitRepository;

/** JDBC repositories of registrations, health services and benefits. */
final class ServiceStores {
    private ServiceStores() {
    }

    static final class BirthRegistrations extends JdbcRecordRepository<BirthRegistration>
            implements BirthRegistrationRepository {
        BirthRegistrations(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.BIRTH_REGISTRATION, tx, journal);
        }

        @Override
        public List<BirthRegistration> byPerson(UUID personId) {
            return where("wife_id = ? OR husband_id = ? ORDER BY registered_on, id", personId, personId);
        }

        @Override
        public Optional<BirthRegistration> byNumber(String registrationNumber) {
            return first("registration_number = ? AND NOT voided", registrationNumber);
        }

        @Override
        public List<BirthRegistration> all() {
            return where("TRUE ORDER BY registered_on DESC, registration_number DESC, id");
        }
    }

    static final class Pregnancies extends JdbcRecordRepository<Pregnancy> implements PregnancyRepository {
        Pregnancies(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.PREGNANCY, tx, journal);
        }

        @Override
        public List<Pregnancy> byWoman(UUID womanId) {
            return where("woman_id = ? ORDER BY expected_delivery, id", womanId);
        }

        @Override
        public List<Pregnancy> current() {
            return where("NOT voided AND outcome IS NULL ORDER BY expected_delivery, id");
        }
    }

    static final class ServiceVisits extends JdbcDatedRepository<ServiceVisit> implements ServiceVisitRepository {
        ServiceVisits(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.SERVICE_VISIT, "visit_date", "visit_date", tx, journal);
        }

        @Override
        public List<ServiceVisit> byPerson(UUID personId) {
            return where("person_id = ? ORDER BY visit_date, id", personId);
        }

        @Override
        public List<ServiceVisit> dueBy(LocalDate day) {
            return where("NOT voided AND next_due <= ? AND NOT EXISTS (SELECT 1 FROM service_visit later"
                    + " WHERE later.person_id = service_visit.person_id AND NOT later.voided"
                    + " AND later.visit_date > service_visit.visit_date) ORDER BY next_due, id", day);
        }
    }

    static final class Programmes extends JdbcRecordRepository<BenefitProgramme> implements ProgrammeRepository {
        Programmes(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.PROGRAMME, tx, journal);
        }

        @Override
        public Optional<BenefitProgramme> byCode(String code) {
            return first("code = ? AND NOT voided", code);
        }

        @Override
        public List<BenefitProgramme> all() {
            return where("NOT voided ORDER BY code, id");
        }
    }

    static final class Enrolments extends JdbcRecordRepository<Enrolment> implements EnrolmentRepository {
        Enrolments(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.ENROLMENT, tx, journal);
        }

        @Override
        public List<Enrolment> byPerson(UUID personId) {
            return where("person_id = ? ORDER BY from_date, id", personId);
        }

        @Override
        public List<Enrolment> byProgramme(UUID programmeId) {
            return where("programme_id = ? ORDER BY from_date, id", programmeId);
        }
    }

    static final class Payments extends JdbcRecordRepository<Payment> implements PaymentRepository {
        Payments(JdbcTransactions tx, ChangeJournal journal) {
            super(Tables.PAYMENT, tx, journal);
        }

        @Override
        public List<Payment> byEnrolment(UUID enrolmentId) {
            return where("enrolment_id = ? ORDER BY period, id", enrolmentId);
        }

        /** A year ("2026") also gives that year's monthly payments ("2026-11"). */
        @Override
        public List<Payment> byProgrammeAndPeriod(UUID programmeId, String period) {
            return where("NOT voided AND (period = ? OR period LIKE ?) AND enrolment_id IN"
                    + " (SELECT id FROM enrolment WHERE programme_id = ?) ORDER BY period, paid_on, id",
                    period, period + "-%", programmeId);
        }
    }
}
