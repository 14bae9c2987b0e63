package org.villageregistry.county;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.county.store.Reported;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.indicator.Period;

/**
 * Who has reported for a period: a village has when the county applied a bundle of it received within the period
 * (its days in the county's time zone), a township when it has for any of its villages. Villages the county has
 * never heard of cannot be named; every enrolled township is.
 */
public final class ReportingStatus {
    /** One township or village and whether it reported. */
    public record Division(String code, String name, long bundles, Optional<Instant> lastReceived) {
        public boolean reported() {
            return bundles > 0;
        }
    }

    /** A township with its villages. */
    public record Township(Division township, List<Division> villages) {
        public Township {
            villages = List.copyOf(villages);
        }

        public List<Division> villagesNotReported() {
            return villages.stream().filter(v -> !v.reported()).toList();
        }
    }

    /** The county's reporting status for a period. */
    public record Report(Period period, List<Township> townships) {
        public Report {
            townships = List.copyOf(townships);
        }

        public List<Division> townshipsNotReported() {
            return townships.stream().map(Township::township).filter(t -> !t.reported()).toList();
        }
    }

    private ReportingStatus() {
    }

    static Report of(CountyStore store, Period period, ZoneId zone) {
        List<Reported> rows = store.reported(period.from().atStartOfDay(zone).toInstant(),
                period.to().plusDays(1).atStartOfDay(zone).toInstant());
        List<Township> townships = rows.stream().filter(r -> level(r) == DivisionLevel.TOWNSHIP)
                .map(t -> new Township(division(t), rows.stream()
                        .filter(v -> level(v) == DivisionLevel.VILLAGE
                                && DivisionCode.of(t.division()).contains(DivisionCode.of(v.division())))
                        .map(ReportingStatus::division).toList()))
                .toList();
        return new Report(period, townships);
    }

    private static Division division(Reported r) {
        return new Division(r.division(), r.divisionName(), r.bundlesInSpan(), r.lastReceived());
    }

    private static DivisionLevel level(Reported r) {
        return DivisionCode.of(r.division()).level();
    }
}
