package org.villageregistry.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.benefit.Rate;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.NotFoundException;
import org.villageregistry.domain.workstation.WorkstationRole;

/** Builds a payment roll from the payments the register holds for a programme and period. */
final class PaymentRolls {
    private final Register register;

    PaymentRolls(Register register) {
        this.register = register;
    }

    /**
     * The roll of every programme with the code: at a village its one programme; at a township the same programme of
     * each village (each village keeps its own), so the township's roll covers all its villages, each line naming its
     * village, and adds up to what the villages' rolls add up to.
     */
    PaymentRoll build(ReportHeader header, String programmeCode, String period) {
        return register.transactions().read(() -> {
            List<BenefitProgramme> programmes = withCode(programmeCode);
            boolean villages = register.workstation().role() == WorkstationRole.TOWNSHIP;
            Map<String, String> names = villages ? villageNames() : Map.of();
            List<PaymentRoll.Line> lines = programmes.stream()
                    .flatMap(programme -> register.payments().byProgrammeAndPeriod(programme.id(), period).stream()
                            .filter(p -> p.voidReason() == null)
                            .map(p -> line(p, programme, villages
                                    ? names.getOrDefault(programme.owner(), programme.owner()) : "")))
                    .sorted(Comparator.comparing(PaymentRoll.Line::village).thenComparing(PaymentRoll.Line::household)
                            .thenComparing(PaymentRoll.Line::name, org.villageregistry.domain.text.ChineseOrder.NAMES)
                            .thenComparing(PaymentRoll.Line::month))
                    .toList();
            BenefitProgramme first = programmes.get(0);
            return new PaymentRoll(header, first.code(), first.name(), period, villages, lines);
        });
    }

    /** The programmes with the code, in their villages' order; refused with the codes there are when none. */
    private List<BenefitProgramme> withCode(String programmeCode) {
        List<BenefitProgramme> programmes = register.programmes().all().stream()
                .filter(p -> p.code().equals(programmeCode))
                .sorted(Comparator.comparing(BenefitProgramme::owner))
                .toList();
        if (programmes.isEmpty()) {
            throw new NotFoundException("report.roll.noProgramme", programmeCode, codes());
        }
        return programmes;
    }

    private Map<String, String> villageNames() {
        Map<String, String> names = new HashMap<>();
        register.divisions().forEach(d -> names.put(d.code().value(), d.name()));
        return names;
    }

    /**
     * The period a roll of the programme is asked for most likely: the newest period it has payments for; before
     * the first batch, by its rate: a yearly programme (育儿补贴) this year, a monthly one (特别扶助) last month. So a
     * roll is never empty only because a month was asked of a programme paid by the year.
     */
    String suggestedPeriod(String programmeCode, LocalDate today) {
        return register.transactions().read(() -> {
            List<BenefitProgramme> programmes = withCode(programmeCode);
            BenefitProgramme programme = programmes.get(0);
            Optional<String> newest = programmes.stream()
                    .flatMap(p -> register.enrolments().byProgramme(p.id()).stream())
                    .flatMap(e -> register.payments().byEnrolment(e.id()).stream())
                    .filter(p -> p.voidReason() == null).map(Payment::period)
                    .max(Comparator.comparing((String p) -> p.length() == 4 ? p + "-12" : p));
            return newest.orElseGet(() -> programme.rates().stream().max(Comparator.comparing(Rate::from))
                    .filter(r -> r.per() == Rate.RatePeriod.YEAR)
                    .map(r -> String.valueOf(today.getYear()))
                    .orElse(YearMonth.from(today).minusMonths(1).toString()));
        });
    }

    private String codes() {
        List<String> codes = register.programmes().all().stream().map(BenefitProgramme::code).distinct().sorted()
                .toList();
        return codes.isEmpty() ? "—" : String.join("、", codes);
    }

    private PaymentRoll.Line line(Payment payment, BenefitProgramme programme, String village) {
        Enrolment enrolment = register.enrolments().get(payment.enrolmentId());
        Person person = register.persons().get(enrolment.personId());
        String household = Optional.ofNullable(person.householdId()).flatMap(id -> register.households().find(id))
                .map(Household::number).orElse("");
        String id = person.idNumber() == null || person.idNumber().isBlank() ? "" : IdNumber.mask(person.idNumber());
        return new PaymentRoll.Line(village, person.name(), id, household, payment.period(),
                reason(enrolment, programme), payment.amount());
    }

    /** The child the benefit is for (育儿补贴), else the kind of programme. */
    private String reason(Enrolment enrolment, BenefitProgramme programme) {
        if (enrolment.childId() != null) {
            Person child = register.persons().get(enrolment.childId());
            return Messages.get("report.roll.forChild", child.name(), String.valueOf(child.birthDate()));
        }
        return programme.kind().label();
    }
}
