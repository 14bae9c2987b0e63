package org.villageregistry.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.NotFoundException;

/** Builds a payment roll from the payments the register holds for a programme and period. */
final class PaymentRolls {
    private final Register register;

    PaymentRolls(Register register) {
        this.register = register;
    }

    PaymentRoll build(ReportHeader header, String programmeCode, String period) {
        return register.transactions().read(() -> {
            BenefitProgramme programme = register.programmes().byCode(programmeCode)
                    .orElseThrow(() -> new NotFoundException("report.roll.noProgramme", programmeCode, codes()));
            List<PaymentRoll.Line> lines = register.payments().byProgrammeAndPeriod(programme.id(), period).stream()
                    .filter(p -> p.voidReason() == null)
                    .map(p -> line(p, programme))
                    .sorted(Comparator.comparing(PaymentRoll.Line::household).thenComparing(PaymentRoll.Line::name))
                    .toList();
            return new PaymentRoll(header, programme.code(), programme.name(), period, lines);
        });
    }

    private String codes() {
        List<String> codes = register.programmes().all().stream().map(BenefitProgramme::code).toList();
        return codes.isEmpty() ? "—" : String.join("、", codes);
    }

    private PaymentRoll.Line line(Payment payment, BenefitProgramme programme) {
        Enrolment enrolment = register.enrolments().get(payment.enrolmentId());
        Person person = register.persons().get(enrolment.personId());
        String household = Optional.ofNullable(person.householdId()).flatMap(id -> register.households().find(id))
                .map(Household::number).orElse("");
        String id = person.idNumber() == null || person.idNumber().isBlank() ? "" : IdNumber.mask(person.idNumber());
        return new PaymentRoll.Line(person.name(), id, household, reason(enrolment, programme), payment.amount());
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
