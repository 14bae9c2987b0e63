package org.villageregistry.service.signoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.MonthlySignoffs.Signoff;
import org.villageregistry.domain.sync.MonthlySignoffs.State;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.StatisticsReport;
import org.villageregistry.service.StatisticsService;

/**
 * Approved months are locked: their reports show the figures as signed, never recomputed; what a later change to
 * an event of such a month moved is reported in a later month as a correction to that earlier period (补报/更正),
 * with the signed value, the value now and the difference. Call inside a read transaction of the register.
 */
public final class LockedMonths {
    private final Register register;
    private final StatisticsService statistics;

    public LockedMonths(Register register) {
        this.register = register;
        this.statistics = new StatisticsService(register);
    }

    /** The signed figures of a village's approved month. */
    public Optional<DivisionStatistics> signed(String village, Period month) {
        return register.sync().signoffs().find(village, month.text()).filter(s -> s.state() == State.APPROVED)
                .map(s -> SignedFigures.read(s.figuresJson()));
    }

    /** The township's statistics of a month with every approved village's row as the village signed it. */
    public StatisticsReport withSignedVillages(StatisticsReport report) {
        if (report.period().kind() != Period.Kind.MONTH) {
            return report;
        }
        List<DivisionStatistics> villages = report.villages().stream()
                .map(v -> signed(v.divisionCode(), report.period()).orElse(v)).toList();
        return new StatisticsReport(report.period(), report.divisionCode(), report.divisionName(), villages,
                report.total());
    }

    /** The earlier approved months of a village whose figures the register now gives otherwise, oldest first. */
    public List<Correction> corrections(String village, String villageName, Period month) {
        List<Correction> out = new ArrayList<>();
        for (Signoff s : register.sync().signoffs().ofVillage(village)) {
            if (s.state() != State.APPROVED || s.period().compareTo(month.text()) >= 0) {
                continue;
            }
            DivisionStatistics now = statistics.of(village, villageName, Period.parse(s.period()));
            List<SignedFigures.Difference> differences = SignedFigures.differences(s.figuresJson(), now);
            if (!differences.isEmpty()) {
                out.add(new Correction(village, villageName, s.period(), differences));
            }
        }
        return out;
    }

    /** One earlier locked month of a village and the counts that changed since it was signed. */
    public record Correction(String village, String villageName, String period,
                            List<SignedFigures.Difference> differences) {
        public Correction {
            differences = List.copyOf(differences);
        }
    }
}
