package org.villageregistry.report;

import java.util.List;
import org.villageregistry.domain.benefit.Money;

/**
 * 发放花名册: the payments of one programme for one period, one line per payment, to be signed by each payee.
 * {@code villages}: a township's roll, whose lines name their village (a household number is a village's own).
 */
public record PaymentRoll(ReportHeader header, String programmeCode, String programmeName, String period,
                          boolean villages, List<Line> lines) {
    public PaymentRoll {
        lines = List.copyOf(lines);
    }

    /** How many persons the lines pay (a parent paid for two children is one payee on two lines). */
    public long payees() {
        return lines.stream().map(l -> l.village() + "|" + l.name() + "|" + l.maskedId() + "|" + l.household())
                .distinct().count();
    }

    public Money total() {
        return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
    }

    /** Whether some line pays for a period other than the roll's: a year's roll of a programme paid by the month. */
    public boolean monthsDiffer() {
        return lines.stream().anyMatch(l -> !l.month().equals(period));
    }

    /**
     * One payee: the village (a township's roll; else empty), name, masked ID number, household number, the period
     * the payment is for, why the person is listed (for 育儿补贴 the child, so a parent listed twice is explained),
     * amount.
     */
    public record Line(String village, String name, String maskedId, String household, String month, String reason,
                       Money amount) {
    }
}
