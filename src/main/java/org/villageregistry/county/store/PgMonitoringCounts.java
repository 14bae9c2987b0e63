package org.villageregistry.county.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.health.ServiceCoverageRules;
import org.villageregistry.domain.health.VisitType;
import org.villageregistry.domain.indicator.BenefitFigures;
import org.villageregistry.domain.indicator.DataQuality;
import org.villageregistry.domain.indicator.ServiceCoverage;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ReproductiveAgeRoster;
import org.villageregistry.domain.quality.QualityCounts;
import org.villageregistry.service.Json;

/**
 * The monitoring indicators at the county, aggregated in PostgreSQL over the records' typed columns and their state
 * by the rules of {@link ServiceCoverageRules} (which the workstations apply to the same records). Each query groups
 * by village and a key "served|away" so a township is the sum of its villages. Data quality reads the persons'
 * records and counts them by {@link QualityCounts}, the rule of the workstations' data-quality check, per village
 * (kept between reports like every count, {@link StatisticsCache}). At the county
 * "unresolved conflicts" are, as at the township, the held changes that raised a conflict (another village's record,
 * a duplicate ID number) the township has not decided; nothing waits for an acknowledgement (each
 * bundle is answered on arrival), so that figure is "—"; the reconciliation lists stay at the townships ("—").
 */
final class PgMonitoringCounts {
    /** The married women 15–49 on the period's last day (? = that day − 15 years, − 50 years) who live away. */
    private static final String AWAY = "(select entity_id from record where entity_type = 'person' and not voided"
            + " and sex = 'FEMALE' and residence = 'AWAY' and marital in (" + PersonCounts.MARRIED + ")"
            + " and birth_date <= ? and birth_date > ?)";

    private static final String COMPLETE = "complete";
    private static final String CHECKED = "checked";
    private static final String INVALID_IDS = "invalidIds";
    private static final String DUPLICATES = "duplicates";

    private final PgStatistics statistics;

    PgMonitoringCounts(PgStatistics statistics) {
        this.statistics = statistics;
    }

    ServiceCoverage serviceCoverage(String division, LocalDate from, LocalDate to) {
        Object[] away = {to.minusYears(ReproductiveAgeRoster.MIN_AGE),
            to.minusYears(ReproductiveAgeRoster.MAX_AGE + 1L)};
        Map<String, Long> checks = statistics.sum(division, "with v as (select village,"
                + " (state->>'personId')::uuid as person, (state->>'date')::date as day,"
                + " (state->>'nextDue')::date as next_due from record r where "
                + visits("r", VisitType.WOMEN_HEALTH_CHECK)
                + "), due as (select s.village, s.person, bool_or(exists("
                + "select 1 from v c where c.person = s.person and c.day > s.day and c.day <= ?)) as done from v s"
                + " where s.next_due between ? and ? group by s.village, s.person)"
                + " select village, done::text || '|' || (person in " + AWAY + ")::text, count(*) from due"
                + " group by village, 2", to, from, to, away[0], away[1]);
        Map<String, Long> followUps = statistics.sum(division, "with p as (select village, entity_id as id,"
                + " (state->>'womanId')::uuid as woman from record where entity_type = 'pregnancy' and not voided"
                + " and state->>'expectedDelivery' is not null and (state->>'expectedDelivery')::date - "
                + ServiceCoverageRules.PREGNANCY_DAYS + " <= ? and coalesce((state->>'outcomeDate')::date,"
                + " (state->>'expectedDelivery')::date + " + ServiceCoverageRules.PUERPERIUM_DAYS + ") >= ?)"
                + " select village, exists(select 1 from record f where " + visits("f", VisitType.PREGNANCY_FOLLOW_UP)
                + " and f.state->>'pregnancyId' = p.id::text"
                + " and (f.state->>'date')::date <= ?)::text || '|' || (woman in " + AWAY + ")::text, count(*)"
                + " from p group by village, 2", to, from, to, away[0], away[1]);
        Map<String, Long> postnatal = statistics.sum(division, "with d as (select distinct village,"
                + " mother_id as mother,"
                + " event_date as day from record where entity_type = 'birth' and not voided and mother_id is not null"
                + " and event_date between ? and ?) select village, exists(select 1 from record v where "
                + visits("v", VisitType.POSTNATAL) + " and (v.state->>'personId')::uuid = d.mother"
                + " and (v.state->>'date')::date between d.day and d.day + " + ServiceCoverageRules.POSTNATAL_DAYS
                + ")::text || '|' || (mother in " + AWAY + ")::text, count(*) from d group by village, 2",
                from, to, away[0], away[1]);
        return new ServiceCoverage(share(checks, false), share(followUps, false), share(postnatal, false),
                share(checks, true), share(followUps, true), share(postnatal, true));
    }

    /** The service visits of one type (not voided, with a day) of the record table under an alias. */
    private static String visits(String alias, VisitType type) {
        return alias + ".entity_type = 'serviceVisit' and not " + alias + ".voided and " + alias
                + ".state->>'date' is not null and " + alias + ".state->>'type' = '" + type.name() + "'";
    }

    /** Served of due from counts keyed "served|away" ("true|false"…), for everyone or the women away only. */
    private static Share share(Map<String, Long> counts, boolean awayOnly) {
        long due = 0;
        long served = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String[] key = e.getKey().split("\\|");
            if (!awayOnly || Boolean.parseBoolean(key[1])) {
                due += e.getValue();
                served += Boolean.parseBoolean(key[0]) ? e.getValue() : 0;
            }
        }
        return new Share(served, due);
    }

    Map<ProgrammeKind, BenefitFigures> benefits(String division, LocalDate from, LocalDate to) {
        String programmes = "(select entity_id::text as id, state->>'kind' as kind from record"
                + " where entity_type = 'programme' and not voided and state->>'kind' is not null)";
        Map<String, Long> persons = statistics.sum(division, "select village, kind, sum(n) from (select e.village,"
                + " e.state->>'programmeId' as programme, g.kind, count(distinct e.state->>'personId') as n"
                + " from record e join " + programmes + " g on g.id = e.state->>'programmeId'"
                + " where e.entity_type = 'enrolment' and not e.voided and (e.state->>'from')::date <= ?"
                + " and (e.state->>'to' is null or (e.state->>'to')::date >= ?) group by e.village, 2, g.kind) x"
                + " group by village, kind", to, from);
        Map<String, Long> paid = statistics.sum(division, "select p.village, g.kind,"
                + " sum((p.state->'amount'->>'fen')::bigint) from record p join record e on e.entity_type ="
                + " 'enrolment' and e.entity_id::text = p.state->>'enrolmentId' join " + programmes
                + " g on g.id = e.state->>'programmeId' where p.entity_type = 'payment' and not p.voided"
                + " and p.state->'amount'->>'fen' is not null and (p.state->>'paidOn')::date between ? and ?"
                + " group by p.village, g.kind", from, to);
        Map<ProgrammeKind, BenefitFigures> out = new EnumMap<>(ProgrammeKind.class);
        persons.forEach((kind, n) -> out.merge(ProgrammeKind.valueOf(kind), new BenefitFigures(n, Money.ZERO),
                BenefitFigures::plus));
        paid.forEach((kind, fen) -> out.merge(ProgrammeKind.valueOf(kind), new BenefitFigures(0, new Money(fen)),
                BenefitFigures::plus));
        return out;
    }

    DataQuality dataQuality(String division, LocalDate day) {
        Map<String, Long> counts = PgStatistics.sum(division, statistics.perVillage(
                StatisticsCache.key("quality on", day), (c, villages) -> qualityByVillage(c, day, villages)));
        QualityCounts quality = new QualityCounts(new Share(counts.getOrDefault(COMPLETE, 0L),
                counts.getOrDefault(CHECKED, 0L)), counts.getOrDefault(INVALID_IDS, 0L),
                counts.getOrDefault(DUPLICATES, 0L));
        long quarantined = statistics.sum(division, "select village, '', count(*) from quarantine where reason_code"
                + " in ('NOT_OWNER', 'DUPLICATE_ID') and decided_at is null group by village")
                .values().stream().mapToLong(Long::longValue).sum();
        return new DataQuality(quality.completeness(), quality.invalidIds(), quality.duplicateSuspects(),
                Optional.of(quarantined), Optional.empty());
    }

    /** Each village's persons counted by {@link QualityCounts}, as groups of counts the statistics can keep. */
    private static Map<String, Map<String, Long>> qualityByVillage(Connection c, LocalDate day,
                                                                   Optional<Collection<String>> villages)
            throws SQLException {
        Map<String, List<Person>> persons = new HashMap<>();
        // with the persons who transferred to another village since: they count in the old one before the move,
        // as at the township (QualityCounts keeps those in the register on the day)
        String only = villages.isPresent() ? " and village = any(?)" : "";
        try (PreparedStatement s = c.prepareStatement("select village, state::text from record"
                + " where entity_type = 'person' and not voided and residence is not null" + only
                + " union all select village, state::text from transferred_person where not voided"
                + " and residence is not null and left_on > ?" + only)) {
            int i = 1;
            if (villages.isPresent()) {
                s.setArray(i++, c.createArrayOf("varchar", villages.get().toArray()));
            }
            s.setObject(i++, day);
            if (villages.isPresent()) {
                s.setArray(i, c.createArrayOf("varchar", villages.get().toArray()));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    persons.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(person(r.getString(2)));
                }
            }
        }
        Map<String, Map<String, Long>> out = new HashMap<>();
        persons.forEach((village, list) -> {
            QualityCounts q = QualityCounts.of(list, day);
            out.put(village, Map.of(COMPLETE, q.completeness().part(), CHECKED, q.completeness().whole(),
                    INVALID_IDS, q.invalidIds(), DUPLICATES, q.duplicateSuspects()));
        });
        return out;
    }

    private static Person person(String json) {
        try {
            return Json.mapper().readValue(json, Person.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a person record at the county is not readable JSON", e);
        }
    }
}
