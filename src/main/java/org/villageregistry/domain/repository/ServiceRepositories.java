package org.villageregistry.domain.repository;

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

/** Repositories of registrations, health services and benefits. */
public final class ServiceRepositories {
    private ServiceRepositories() {
    }

    /** 生育登记. */
    public interface BirthRegistrationRepository extends RecordRepository<BirthRegistration> {
        List<BirthRegistration> byPerson(UUID personId);

        Optional<BirthRegistration> byNumber(String registrationNumber);

        /** Every registration (voided too), newest first; a village registers tens a year. */
        List<BirthRegistration> all();

        /**
         * The registrations a registrar means by what she typed: the whole number (柳树村〔2026〕0004号), or its
         * serial alone ("0004", "4") or with the year ("2026-4", "2026 0004"), not voided, newest first. Several when
         * the serial alone fits more than one year; empty when nothing fits.
         */
        default List<BirthRegistration> matching(String typed) {
            String text = typed == null ? "" : typed.strip();
            Optional<BirthRegistration> exact = byNumber(text);
            if (exact.isPresent()) {
                return List.of(exact.get());
            }
            java.util.regex.Matcher asked = java.util.regex.Pattern.compile("^(?:(\\d{4})\\D+)?0*(\\d{1,6})\\D*$")
                    .matcher(text);
            if (!asked.matches()) {
                return List.of();
            }
            String year = asked.group(1);
            int serial = Integer.parseInt(asked.group(2));
            java.util.regex.Pattern number = java.util.regex.Pattern.compile("〔(\\d{4})〕0*(\\d+)号$");
            return all().stream().filter(r -> !r.isVoided() && r.registrationNumber() != null).filter(r -> {
                java.util.regex.Matcher m = number.matcher(r.registrationNumber());
                return m.find() && Integer.parseInt(m.group(2)) == serial && (year == null || year.equals(m.group(1)));
            }).toList();
        }
    }

    /** Pregnancies (sensitive). */
    public interface PregnancyRepository extends RecordRepository<Pregnancy> {
        List<Pregnancy> byWoman(UUID womanId);

        List<Pregnancy> current();
    }

    /** Service visits (sensitive). */
    public interface ServiceVisitRepository extends RecordRepository<ServiceVisit> {
        List<ServiceVisit> byPerson(UUID personId);

        List<ServiceVisit> between(LocalDate from, LocalDate to);

        /** Visits whose nextDue is on or before the day and that no later visit of the same person followed. */
        List<ServiceVisit> dueBy(LocalDate day);
    }

    /** Benefit programmes. */
    public interface ProgrammeRepository extends RecordRepository<BenefitProgramme> {
        Optional<BenefitProgramme> byCode(String code);

        List<BenefitProgramme> all();
    }

    /** Enrolments. */
    public interface EnrolmentRepository extends RecordRepository<Enrolment> {
        List<Enrolment> byPerson(UUID personId);

        List<Enrolment> byProgramme(UUID programmeId);
    }

    /** Payments. */
    public interface PaymentRepository extends RecordRepository<Payment> {
        List<Payment> byEnrolment(UUID enrolmentId);

        /** Payments of a programme for a period ("2026" or "2026-11"). */
        List<Payment> byProgrammeAndPeriod(UUID programmeId, String period);
    }
}
