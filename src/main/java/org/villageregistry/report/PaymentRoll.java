package org.villageregistry.report;

import java.util.List;
import org.villageregistry.domain.benefit.Money;

/** 发放花名册: the payments of one programme for one period, one line per payment, to be signed by each payee. */
public record PaymentRoll(ReportHeader header, String programmeCode, String programmeName, String period,
                          List<Line> lines) {
    public PaymentRoll {
        lines = List.copyOf(lines);
    }

    /** How many persons the lines pay (a parent paid for two children is one payee on two lines). */
    public long payees() {
        return lines.stream().map(l -> l.name() + "|" + l.maskedId() + "|" + l.household()).distinct().count();
    }

    public Money total() {
        return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
    }

    /**
     * One payee: name, masked ID number, household number, why the person is listed (for 育儿补贴 the child, so a
     * parent listed twice is explained), amount.
     */
    public record Line(String name, String maskedId, String household, String reason, Money amount) {
    }
}
