package org.villageregistry.service.signoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.MonthlySignoffs.Signoff;
import org.villageregistry.domain.sync.MonthlySignoffs.State;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.RowsTotal;
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

    /**
     * The township's statistics of a month with every approved village's row as the village signed it, and the
     * total as the sum of the rows so printed ({@link RowsTotal}): the total adds up, what changed since is 补报/更正.
     * The conflicts and the records not acknowledged are the township's own counts of the day, not of the month.
     */
    public StatisticsReport withSignedVillages(StatisticsReport report) {
        if (report.period().kind() != Period.Kind.MONTH || report.villages().isEmpty()) {
            return report;
        }
        List<DivisionStatistics> villages = report.villages().stream()
                .map(v -> signed(v.divisionCode(), report.period()).map(s -> s.withTownshipCounts(v)).orElse(v))
                .toList();
        return new StatisticsReport(report.period(), report.divisionCode(), report.divisionName(), villages,
                RowsTotal.of(report.divisionCode(), report.divisionName(), report.period(), villages));
    }

    /**
     * The township's total of each earlier month in which one of the villages was approved, where the total as
     * printed (signed rows) and the total of the rows now differ: 补报/更正 of the township's own figures, oldest
     * first, under {@code totalName}.
     */
    public List<Correction> totalCorrections(List<String> villages, String totalName, Period month) {
        TreeSet<String> periods = new TreeSet<>();
        for (String village : villages) {
            register.sync().signoffs().ofVillage(village).stream()
                    .filter(s -> s.state() == State.APPROVED && s.period().compareTo(month.text()) < 0)
                    .forEach(s -> periods.add(s.period()));
        }
        List<Correction> out = new ArrayList<>();
        for (String period : periods) {
            StatisticsReport now = statistics.compute(Period.parse(period));
            DivisionStatistics printed = withSignedVillages(now).total();
            DivisionStatistics current = RowsTotal.of(now.divisionCode(), now.divisionName(), now.period(),
                    now.villages());
            List<SignedFigures.Difference> differences = SignedFigures.differences(printed, current);
            if (!differences.isEmpty()) {
                out.add(new Correction(now.divisionCode(), totalName, period, differences));
            }
        }
        return out;
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
