package org.villageregistry.county;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.county.store.Reported;
import org.villageregistry.county.store.TownshipMonth;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.indicator.Period;

/**
 * Who has reported for a period, by the data that covers it (docs/decisions/0038): a village when the county holds a
 * bundle of it made after the period's last day, or its township's signed monthly report of every month of the period
 * gives its month as submitted or approved; a township when its signed monthly report of every month has arrived, or
 * (a township that seals none) when every village of it the county knows has reported. Nobody has reported for a
 * period that is not over. Villages the county has never heard of cannot be named; every enrolled township is.
 */
public final class ReportingStatus {
    /** A village's month as its township signed it that counts as reported (submitted, or approved). */
    private static final Set<String> SUBMITTED = Set.of("PENDING", "APPROVED");

    /** Whether a division has reported for the period. */
    public enum State { REPORTED, NOT_REPORTED, PERIOD_OPEN }

    /** One township or village, whether it reported, the day its data reach to and its last upload. */
    public record Division(String code, String name, State state, Optional<Instant> dataUpTo,
                           Optional<Instant> lastReceived) {
        public boolean reported() {
            return state == State.REPORTED;
        }
    }

    /** A township with its villages. */
    public record Township(Division township, List<Division> villages) {
        public Township {
            villages = List.copyOf(villages);
        }

        public List<Division> villagesNotReported() {
            return villages.stream().filter(v -> v.state() == State.NOT_REPORTED).toList();
        }
    }

    /** The county's reporting status for a period; {@code open}: the period is not over on the county's today. */
    public record Report(Period period, boolean open, List<Township> townships) {
        public Report {
            townships = List.copyOf(townships);
        }

        public List<Division> townshipsNotReported() {
            return townships.stream().map(Township::township).filter(t -> t.state() == State.NOT_REPORTED).toList();
        }
    }

    private ReportingStatus() {
    }

    static Report of(CountyStore store, Period period, Clock clock) {
        boolean open = !LocalDate.now(clock).isAfter(period.to());
        Instant end = period.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<String> months = months(period);
        List<TownshipMonth> signed = store.townshipReports(months);
        List<Reported> rows = store.reported();
        List<Township> townships = new ArrayList<>();
        for (Reported t : rows.stream().filter(r -> level(r) == DivisionLevel.TOWNSHIP).toList()) {
            List<TownshipMonth> own = signed.stream().filter(s -> s.township().equals(t.division())).toList();
            List<Division> villages = rows.stream().filter(v -> level(v) == DivisionLevel.VILLAGE
                            && DivisionCode.of(t.division()).contains(DivisionCode.of(v.division())))
                    .map(v -> division(v, open ? State.PERIOD_OPEN : villageState(v, end, own, months.size())))
                    .toList();
            boolean sealed = own.size() == months.size();
            boolean allVillages = !villages.isEmpty() && villages.stream().allMatch(Division::reported);
            State state = open ? State.PERIOD_OPEN : sealed || allVillages ? State.REPORTED : State.NOT_REPORTED;
            townships.add(new Township(division(t, state), villages));
        }
        return new Report(period, open, townships);
    }

    private static State villageState(Reported v, Instant end, List<TownshipMonth> signed, int months) {
        boolean covered = v.dataUpTo().filter(upTo -> !upTo.isBefore(end)).isPresent();
        boolean submitted = signed.size() == months
                && signed.stream().allMatch(s -> SUBMITTED.contains(s.villages().getOrDefault(v.division(), "")));
        return covered || submitted ? State.REPORTED : State.NOT_REPORTED;
    }

    /** The months of a period as the signed reports name them ("2026-11"). */
    private static List<String> months(Period period) {
        List<String> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            out.add(m.toString());
        }
        return out;
    }

    private static Division division(Reported r, State state) {
        return new Division(r.division(), r.divisionName(), state, r.dataUpTo(), r.lastReceived());
    }

    private static DivisionLevel level(Reported r) {
        return DivisionCode.of(r.division()).level();
    }
}
