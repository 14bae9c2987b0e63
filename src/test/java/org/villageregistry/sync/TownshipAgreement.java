package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.Finding;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.QualityCheckService;
import org.villageregistry.service.StatisticsReport;
import org.villageregistry.service.StatisticsService;
import org.villageregistry.service.benefit.BenefitService;
import org.villageregistry.service.benefit.Candidate;
import org.villageregistry.service.home.TodayItem;
import org.villageregistry.service.home.TodayRecord;
import org.villageregistry.service.home.TodayService;
import org.villageregistry.service.roster.RosterService;
import org.villageregistry.service.roster.RosterWoman;
import org.villageregistry.service.villages.TownshipRegisterService;
import org.villageregistry.service.villages.VillageOverview;

/**
 * Checks, village by village, that every figure and list the township shows for a village is what the village
 * computes on its own register: statistics of each period, the to-do lists (育儿补贴 eligible but not enrolled
 * among them), data-quality findings, the roster, benefit eligibility and the villages overview; and that the
 * township's total of every period is the sum of its villages.
 */
final class TownshipAgreement {
    private static final Set<TodayItem.Kind> VILLAGE_ONLY = EnumSet.of(TodayItem.Kind.BUNDLE_NOT_EXPORTED,
            TodayItem.Kind.MONTHS_TO_RESUBMIT,
            TodayItem.Kind.RECEIPT_FINDINGS, TodayItem.Kind.TOWNSHIP_FEEDBACK);
    /** The township's own work (months to review, overdue): no village lists it. */
    private static final Set<TodayItem.Kind> TOWNSHIP_ONLY = EnumSet.of(TodayItem.Kind.MONTHS_TO_REVIEW,
            TodayItem.Kind.MONTHS_OVERDUE);

    private final Register township;
    private final List<Register> villages;
    private final Clock clock;

    TownshipAgreement(Register township, List<Register> villages, Clock clock) {
        this.township = township;
        this.villages = villages;
        this.clock = clock;
    }

    void statisticsAgree(List<Period> periods) {
        StatisticsService atTownship = new StatisticsService(township);
        for (Period period : periods) {
            StatisticsReport report = atTownship.compute(period);
            long start = 0;
            long end = 0;
            long births = 0;
            long deaths = 0;
            long in = 0;
            long out = 0;
            long married = 0;
            for (Register village : villages) {
                String code = code(village);
                DivisionStatistics own = new StatisticsService(village).compute(period).total();
                DivisionStatistics row = report.villages().stream().filter(v -> v.divisionCode().equals(code))
                        .findFirst().orElseThrow();
                // every figure but those the two workstations keep by their role (DataQuality, DivisionStatistics):
                // the township's conflict list and reconciliation lists, and what each side waits to be acknowledged
                assertThat(row).as(code + " " + period.text()).usingRecursiveComparison()
                        .ignoringFields("divisionName", "dataQuality.unresolvedConflicts",
                                "dataQuality.notAcknowledged", "underReporting").isEqualTo(own);
                assertThat(row.balance().balanced()).as(code + " " + period.text() + " balances").isTrue();
                start += own.populationStart();
                end += own.populationEnd();
                births += own.births().total();
                deaths += own.deaths();
                in += own.movesIn();
                out += own.movesOut();
                married += own.marriedWomen15to49();
            }
            DivisionStatistics total = report.total();
            assertThat(List.of(total.populationStart(), total.populationEnd(), total.births().total(),
                    total.deaths(), total.movesIn(), total.movesOut(), total.marriedWomen15to49()))
                    .as("township total of " + period.text() + " is the sum of its villages")
                    .containsExactly(start, end, births, deaths, in, out, married);
        }
    }

    void listsAgree(LocalDate rosterDay) {
        List<TodayItem> townshipItems = new TodayService(township, clock, new QualityCheckService(township, clock))
                .items();
        List<Finding> townshipFindings = new QualityCheckService(township, clock).findings();
        List<RosterWoman> townshipRoster = new RosterService(township).roster(rosterDay, 12).women();
        List<Candidate> townshipCandidates = new BenefitService(township, clock).eligibleNotEnrolled();
        List<VillageOverview> overview = new TownshipRegisterService(township, new PersonService(township, clock))
                .villages();
        int listed = 0;
        for (Register village : villages) {
            String code = code(village);
            String name = village.workstation().divisionName();
            for (TodayItem own : new TodayService(village, clock, new QualityCheckService(village, clock)).items()) {
                if (VILLAGE_ONLY.contains(own.kind())) {
                    continue;
                }
                TodayItem there = townshipItems.stream().filter(i -> i.kind() == own.kind()).findFirst()
                        .orElseThrow();
                List<TodayRecord> mine = there.records().stream().filter(r -> r.village().equals(name)).toList();
                assertThat(lines(mine)).as(name + " " + own.kind()).isEqualTo(lines(own.records()));
                listed += own.count();
            }
            List<Finding> ownFindings = new QualityCheckService(village, clock).findings();
            assertThat(findingLines(townshipFindings.stream().filter(f -> f.village().equals(name)).toList()))
                    .as(name + " findings").isEqualTo(findingLines(ownFindings));
            assertThat(townshipRoster.stream().filter(w -> w.woman().owner().equals(code)).toList())
                    .as(name + " roster").isEqualTo(new RosterService(village).roster(rosterDay, 12).women());
            assertThat(candidateLines(townshipCandidates.stream()
                    .filter(c -> c.programme().owner().equals(code)).toList()))
                    .as(name + " eligible, not enrolled")
                    .isEqualTo(candidateLines(new BenefitService(village, clock).eligibleNotEnrolled()));
            VillageOverview row = overview.stream().filter(o -> o.village().code().value().equals(code)).findFirst()
                    .orElseThrow();
            assertThat(row.persons()).as(name + " persons").isEqualTo(countActive(village));
            assertThat(row.households()).as(name + " households").isEqualTo(countOpenHouseholds(village));
            assertThat(row.lastMovement()).as(name + " last move").isEqualTo(lastMovement(village));
        }
        assertThat(townshipItems.stream().filter(i -> !TOWNSHIP_ONLY.contains(i.kind()))
                .mapToInt(TodayItem::count).sum()).as("nothing listed at the township that no village lists")
                .isEqualTo(listed);
    }

    private static long countActive(Register village) {
        long[] n = new long[1];
        village.persons().forEach(p -> {
            if (p.isActive()) {
                n[0]++;
            }
        });
        return n[0];
    }

    /** The village's households neither voided nor closed, read whole from its own register. */
    private static long countOpenHouseholds(Register village) {
        return village.transactions().read(() -> {
            long n = 0;
            for (int offset = 0; ; offset += 500) {
                var page = village.households().page(offset, 500);
                n += page.stream().filter(h -> h.voidReason() == null && h.closedOn() == null).count();
                if (page.size() < 500) {
                    return n;
                }
            }
        });
    }

    /** The latest day a person of the village came or left, from its own records whole. */
    private static LocalDate lastMovement(Register village) {
        LocalDate[] last = new LocalDate[1];
        village.transactions().read(() -> {
            village.persons().forEach(p -> {
                if (p.voidReason() == null) {
                    for (LocalDate d : new LocalDate[] {p.enteredOn(), p.leftOn()}) {
                        if (d != null && (last[0] == null || d.isAfter(last[0]))) {
                            last[0] = d;
                        }
                    }
                }
            });
            return null;
        });
        return last[0];
    }

    private static List<String> lines(List<TodayRecord> records) {
        return records.stream().map(r -> r.personId() + " " + r.name() + " " + r.detail()).toList();
    }

    private static List<String> findingLines(List<Finding> findings) {
        return findings.stream().map(f -> f.kind() + " " + f.recordId() + " " + f.record() + " " + f.message())
                .toList();
    }

    private static List<String> candidateLines(List<Candidate> candidates) {
        List<String> out = new ArrayList<>();
        for (Candidate c : candidates) {
            out.add(c.programme().id() + " " + (c.applicant() == null ? "-" : c.applicant().id()) + " "
                    + (c.child() == null ? "-" : c.child().id()) + " " + c.reason() + " " + c.entitled());
        }
        return out;
    }

    private static String code(Register village) {
        return village.workstation().division().value();
    }
}
