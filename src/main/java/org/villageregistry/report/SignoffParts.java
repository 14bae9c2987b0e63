package org.villageregistry.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.sync.MonthlySignoffs;
import org.villageregistry.service.StatisticsService;
import org.villageregistry.service.signoff.LockedMonths;
import org.villageregistry.service.signoff.SignedFigures;
import org.villageregistry.service.signoff.LockedMonths.Correction;
import org.villageregistry.service.signoff.SignoffService;
import org.villageregistry.service.signoff.VillageMonth;

/** Adds the sign-off parts to a monthly report of this workstation: its own month, or every village's. */
final class SignoffParts {
    private final Register register;
    private final Clock clock;

    SignoffParts(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    private boolean atVillage() {
        return register.workstation().division().level() == org.villageregistry.domain.division.DivisionLevel.VILLAGE;
    }

    ReportDocument village(ReportDocument doc, ReportHeader header, Period month) {
        if (month.kind() != Period.Kind.MONTH || !atVillage()) {
            return doc;
        }
        var own = register.transactions().read(() -> register.sync().signoffs().find(header.divisionCode(),
                month.text()));
        List<Correction> corrections = register.transactions().read(() -> new LockedMonths(register)
                .corrections(header.divisionCode(), header.divisionName(), month));
        // an approved month's column is as signed, the rest of the report is the register now: say what differs
        List<SignedFigures.Difference> since = own.filter(s -> s.state() == MonthlySignoffs.State.APPROVED)
                .map(s -> register.transactions().read(() -> SignedFigures.differences(s.figuresJson(),
                        new StatisticsService(register).of(header.divisionCode(), header.divisionName(), month))))
                .orElse(List.of());
        return SignoffSections.village(doc, month.text(), own, since, corrections, clock.getZone(),
                java.time.LocalDate.now(clock));
    }

    ReportDocument township(ReportDocument doc, Period month) {
        if (month.kind() != Period.Kind.MONTH || atVillage()) {
            return doc;
        }
        List<VillageMonth> villages = new SignoffService(register, clock).status(month.text());
        List<Correction> corrections = register.transactions().read(() -> {
            LockedMonths locked = new LockedMonths(register);
            List<Correction> all = new ArrayList<>();
            villages.forEach(v -> all.addAll(locked.corrections(v.village(), v.villageName(), month)));
            all.addAll(locked.totalCorrections(villages.stream().map(VillageMonth::village).toList(),
                    Messages.get("report.township.total"), month));
            return all;
        });
        return SignoffSections.township(doc, month.text(), villages, corrections, clock.getZone());
    }
}
