package org.villageregistry.service.benefit;

import org.villageregistry.domain.text.ChineseOrder;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.benefit.PaymentMethod;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.RegistryException;

/**
 * 发放批次: a batch of payments of one programme for one period, made from the enrolments open in that period
 * with the amounts the programme's rates give; later marked paid with the day and how the money was paid.
 */
public final class PaymentBatchService {
    private final Register register;
    private final Clock clock;

    public PaymentBatchService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /**
     * Creates a batch: one unpaid payment per enrolment owed something for the period and not yet paid for
     * it in another batch. Refused when no enrolment is owed anything.
     */
    public BatchSummary createBatch(UUID programmeId, String period) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        List<java.time.YearMonth> months = PeriodAmounts.months(period);
        String p = period.strip();
        return register.transactions().write(() -> {
            BenefitProgramme programme = register.programmes().get(programmeId);
            List<Payment> existing = register.enrolments().byProgramme(programmeId).stream()
                    .flatMap(e -> register.payments().byEnrolment(e.id()).stream())
                    .filter(x -> x.voidReason() == null).toList();
            long batchesOfPeriod = existing.stream().filter(x -> p.equals(x.period())).map(Payment::batch)
                    .distinct().count();
            String batch = programme.code() + "-" + p + "-" + (batchesOfPeriod + 1);
            List<Payment> made = new ArrayList<>();
            for (Enrolment e : register.enrolments().byProgramme(programmeId)) {
                if (e.voidReason() != null || alreadyPaid(existing, e.id(), months)) {
                    continue;
                }
                Optional<Person> child = e.childId() == null ? Optional.empty() : register.persons().find(e.childId());
                Optional<Person> beneficiary = programme.kind() == org.villageregistry.domain.benefit.ProgrammeKind
                        .CHILDCARE_SUBSIDY ? child : register.persons().find(e.personId());
                Money amount = PeriodAmounts.owed(programme, e, child, beneficiary, p);
                if (amount.fen() > 0) {
                    made.add(register.payments().save(new Payment(UUID.randomUUID(), 0, e.owner(), e.id(), p, amount,
                            null, null, batch, null)));
                }
            }
            if (made.isEmpty()) {
                throw new RegistryException("benefit.error.nothingOwed", programme.name(), p);
            }
            return summarise(programmeId, batch, made);
        });
    }

    /** Batches of a programme, newest period first. */
    public List<BatchSummary> batches(UUID programmeId) {
        return register.transactions().read(() -> {
            Map<String, List<Payment>> byBatch = new LinkedHashMap<>();
            register.enrolments().byProgramme(programmeId).stream()
                    .flatMap(e -> register.payments().byEnrolment(e.id()).stream())
                    .filter(x -> x.voidReason() == null && x.batch() != null)
                    .forEach(x -> byBatch.computeIfAbsent(x.batch(), k -> new ArrayList<>()).add(x));
            return byBatch.entrySet().stream().map(en -> summarise(programmeId, en.getKey(), en.getValue()))
                    .sorted(Comparator.comparing(BatchSummary::period).thenComparing(BatchSummary::batch).reversed())
                    .toList();
        });
    }

    /** The payments of a batch, with names, in the printed roll's order: by 户号, then by name as in a dictionary. */
    public List<PaymentRow> payments(UUID programmeId, String batch) {
        return register.transactions().read(() -> register.enrolments().byProgramme(programmeId).stream()
                .flatMap(e -> register.payments().byEnrolment(e.id()).stream()
                        .filter(x -> x.voidReason() == null && batch.equals(x.batch()))
                        .map(x -> new PaymentRow(x, householdNumber(e.personId()), name(e.personId()),
                                e.childId() == null ? "" : name(e.childId()))))
                .sorted(Comparator.comparing(PaymentRow::householdNumber)
                        .thenComparing(PaymentRow::personName, ChineseOrder.NAMES))
                .toList());
    }

    private String householdNumber(UUID personId) {
        return register.persons().find(personId).map(Person::householdId).flatMap(register.households()::find)
                .map(org.villageregistry.domain.household.Household::number).orElse("");
    }

    /** Marks every unpaid payment of the batch paid on the day by the method. */
    public BatchSummary markPaid(UUID programmeId, String batch, LocalDate paidOn, PaymentMethod method) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        if (paidOn == null) {
            throw new RegistryException("benefit.error.noPaidOn");
        }
        if (paidOn.isAfter(LocalDate.now(clock))) {
            throw new RegistryException("rule.date.future", paidOn.toString());
        }
        if (method == null) {
            throw new RegistryException("benefit.error.noMethod");
        }
        return register.transactions().write(() -> {
            List<Payment> all = new ArrayList<>();
            int marked = 0;
            for (PaymentRow row : payments(programmeId, batch)) {
                Payment x = row.payment();
                if (x.paidOn() != null) {
                    all.add(x);
                } else {
                    all.add(register.payments().save(new Payment(x.id(), x.version(), x.owner(), x.enrolmentId(),
                            x.period(), x.amount(), paidOn, method, x.batch(), null)));
                    marked++;
                }
            }
            if (all.isEmpty()) {
                throw new RegistryException("benefit.error.noBatch", batch);
            }
            BatchSummary summary = summarise(programmeId, batch, all);
            if (marked == 0) {
                // every payment already carries its day: saying "paid" again would claim a payment that did not happen
                throw new RegistryException("benefit.error.batchAlreadyPaid", batch, summary.paidOn().toString(),
                        summary.paid());
            }
            return summary;
        });
    }

    private static boolean alreadyPaid(List<Payment> existing, UUID enrolmentId, List<java.time.YearMonth> months) {
        return existing.stream().filter(x -> x.enrolmentId().equals(enrolmentId))
                .anyMatch(x -> PeriodAmounts.months(x.period()).stream().anyMatch(months::contains));
    }

    private static BatchSummary summarise(UUID programmeId, String batch, List<Payment> payments) {
        Money total = payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
        int paid = (int) payments.stream().filter(x -> x.paidOn() != null).count();
        Payment first = payments.get(0);
        LocalDate paidOn = payments.stream().map(Payment::paidOn).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        PaymentMethod method = payments.stream().map(Payment::method).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        return new BatchSummary(programmeId, batch, first.period(), payments.size(), total, paid, paidOn, method);
    }

    private String name(UUID id) {
        return register.persons().find(id).map(Person::name).orElse("—");
    }
}
