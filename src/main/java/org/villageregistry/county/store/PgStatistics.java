package org.villageregistry.county.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.indicator.BenefitFigures;
import org.villageregistry.domain.indicator.DataQuality;
import org.villageregistry.domain.indicator.ServiceCoverage;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.StatisticsQueries;

/**
 * The statistics counts by SQL aggregation in PostgreSQL, over the county's typed columns, with the same
 * definitions as the workstations' own queries. Each count is taken once for the whole county grouped by village
 * and kept for the life of this object (one report), so a township or the county is the sum of its villages
 * (a division is a code prefix of the village) and a report of hundreds of divisions runs a handful of queries.
 * The per-village counts are also kept in the database between reports ({@link StatisticsCache}), so a report
 * after a bundle recounts only the villages whose records changed.
 */
public final class PgStatistics implements StatisticsQueries {

    private final StatisticsCache cache;
    /** Per query and its arguments: village → group (a residence, a kind, sex and rank, or "") → count. */
    private final Map<String, Map<String, Map<String, Long>>> byVillage = new ConcurrentHashMap<>();

    private final PgMonitoringCounts monitoring;

    public PgStatistics(CountyStore store) {
        this.cache = new StatisticsCache(store);
        this.monitoring = new PgMonitoringCounts(this);
    }

    /** Forgets the counts kept per village, so that the next report counts every village from its rows. */
    public static void forgetKeptCounts(CountyStore store) {
        StatisticsCache.clear(store);
    }

    @Override
    public Map<ResidenceStatus, Long> populationOn(String division, LocalDate day) {
        Map<ResidenceStatus, Long> out = new EnumMap<>(ResidenceStatus.class);
        sum(division, perVillage(StatisticsCache.key("population on", day),
                (c, villages) -> PersonCounts.population(c, day, villages)))
                .forEach((g, n) -> out.put(ResidenceStatus.valueOf(g), n));
        return out;
    }

    @Override
    public List<BirthCount> births(String division, LocalDate from, LocalDate to) {
        List<BirthCount> out = new ArrayList<>();
        new TreeMap<>(sum(division, "select village, sex || ' ' || least(birth_order, 3), count(*) from record"
                + " where entity_type = 'birth' and not voided and event_date between ? and ?"
                + " group by village, sex, least(birth_order, 3)", from, to)).forEach((g, n) -> {
                    String[] sexRank = g.split(" ");
                    out.add(new BirthCount(Sex.valueOf(sexRank[0]), Integer.parseInt(sexRank[1]), n));
                });
        return out;
    }

    @Override
    public long deaths(String division, LocalDate from, LocalDate to) {
        return total(sum(division, "select village, '', count(*) from record where entity_type = 'death'"
                + " and not voided and event_date between ? and ? group by village", from, to));
    }

    @Override
    public Map<MarriageKind, Long> marriages(String division, LocalDate from, LocalDate to) {
        Map<MarriageKind, Long> out = new EnumMap<>(MarriageKind.class);
        sum(division, "select village, kind, count(*) from record where entity_type = 'marriage' and not voided"
                + " and event_date between ? and ? group by village, kind", from, to)
                .forEach((g, n) -> out.put(MarriageKind.valueOf(g), n));
        return out;
    }

    @Override
    public Map<MoveKind, Long> movesByKind(String division, LocalDate from, LocalDate to) {
        Map<MoveKind, Long> out = new EnumMap<>(MoveKind.class);
        sum(division, "select village, kind, sum(person_count) from record where entity_type = 'move'"
                + " and not voided and event_date between ? and ? group by village, kind", from, to)
                .forEach((g, n) -> out.put(MoveKind.valueOf(g), n));
        return out;
    }

    @Override
    public long women(String division, LocalDate day, int minAge, int maxAge, boolean marriedOnly) {
        return total(sum(division, perVillage(StatisticsCache.key("women on", day, minAge, maxAge, marriedOnly),
                (c, villages) -> PersonCounts.women(c, day, minAge, maxAge, marriedOnly, villages))));
    }

    @Override
    public long birthsRecordedWithin(String division, LocalDate from, LocalDate to, int days) {
        return total(sum(division, "select village, '', count(*) from record where entity_type = 'birth'"
                + " and not voided and event_date between ? and ? and recorded_on is not null"
                + " and recorded_on - event_date <= ? group by village", from, to, days));
    }

    @Override
    public ServiceCoverage serviceCoverage(String division, LocalDate from, LocalDate to) {
        return monitoring.serviceCoverage(division, from, to);
    }

    @Override
    public Map<ProgrammeKind, BenefitFigures> benefits(String division, LocalDate from, LocalDate to) {
        return monitoring.benefits(division, from, to);
    }

    /** The reconciliation lists stay at the townships: the county holds none ("—"). */
    @Override
    public Optional<KnownBirths> knownBirths(String division, LocalDate from, LocalDate to) {
        return Optional.empty();
    }

    @Override
    public DataQuality dataQuality(String division, LocalDate day) {
        return monitoring.dataQuality(division, day);
    }

    /** The division's counts per group: its villages' rows of the query (run once for all villages) added up. */
    Map<String, Long> sum(String division, String sql, Object... args) {
        String key = StatisticsCache.key(sql, args);
        return sum(division, byVillage.computeIfAbsent(key, k -> cache.counts(key, (c, villages) ->
                StatisticsCache.grouped(c, sql, args, villages))));
    }

    /** The counts per village of a counter, taken once for this report. */
    Map<String, Map<String, Long>> perVillage(String key, StatisticsCache.Counter counter) {
        return byVillage.computeIfAbsent(key, k -> cache.counts(key, counter));
    }

    /** The division's counts per group from counts per village. */
    static Map<String, Long> sum(String division, Map<String, Map<String, Long>> villages) {
        String prefix = division == null ? "" : division.strip();
        if (!prefix.matches("\\d*")) {
            throw new IllegalArgumentException("a division is a code of digits");
        }
        Map<String, Long> out = new HashMap<>();
        villages.forEach((village, groups) -> {
            if (village.startsWith(prefix)) {
                groups.forEach((g, n) -> out.merge(g, n, Long::sum));
            }
        });
        return out;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
