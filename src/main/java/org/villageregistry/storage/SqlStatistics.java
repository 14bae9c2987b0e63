package org.villageregistry.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.indicator.BenefitFigures;
import org.villageregistry.domain.indicator.DataQuality;
import org.villageregistry.domain.indicator.ServiceCoverage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.StateOnDay;
import org.villageregistry.domain.person.StateOnDay.DatedMarriage;
import org.villageregistry.domain.person.StateOnDay.DatedMove;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.StatisticsQueries;

/**
 * Counts by SQL aggregation over the typed columns; a division is a code prefix of the owner. Persons are counted
 * from the person table and, at a township, from the old villages' records of transferred persons
 * (transferred_person), each under the village that held the record. A person's residence and a woman's marital
 * status on a past day follow from their dated events ({@link StateOnDay}): the counts are aggregated by SQL on
 * today's status, then corrected for the few persons whose events say otherwise on the day.
 */
final class SqlStatistics implements StatisticsQueries {
    /** In the register on day ?: entered on or before it (birth date when no entry date), not left by then. */
    private static final String IN_REGISTER_ON = " AND COALESCE(entered_on, birth_date) <= ?"
            + " AND (left_on IS NULL OR left_on > ?)";
    private static final String MARRIED = "'" + MaritalStatus.MARRIED.name() + "', '"
            + MaritalStatus.FIRST_MARRIAGE.name() + "', '" + MaritalStatus.REMARRIED.name() + "', '"
            + MaritalStatus.MARRIED_AGAIN.name() + "'";
    /** The moves that change where a person lives. */
    /** The kinds of {@link #MOVE_KINDS}. */
    private static final Set<MoveKind> RESIDENCE_MOVES = EnumSet.of(MoveKind.FLOAT_OUT, MoveKind.RETURN,
            MoveKind.FLOAT_IN, MoveKind.HUKOU_IN, MoveKind.FLOAT_LEAVE);
    private static final String MOVE_KINDS = " AND m.kind IN ('FLOAT_OUT', 'RETURN', 'FLOAT_IN', 'HUKOU_IN',"
            + " 'FLOAT_LEAVE') AND m.move_date IS NOT NULL";

    private final JdbcTransactions tx;
    private final CountedRecords counted;
    private final PersonFacts facts;
    private final SqlMonitoringCounts monitoring;

    SqlStatistics(JdbcTransactions tx, PersonFacts facts, CountedRecords counted) {
        this.tx = tx;
        this.facts = facts;
        this.counted = counted;
        this.monitoring = new SqlMonitoringCounts(tx, facts, counted);
    }

    @Override
    public Map<ResidenceStatus, Long> populationOn(String division, LocalDate day) {
        Map<ResidenceStatus, Long> out = new EnumMap<>(ResidenceStatus.class);
        byVillageOn(division, day).values().forEach(counts -> counts.forEach((status, n) -> out.merge(status, n,
                Long::sum)));
        out.values().removeIf(n -> n == 0);
        return out;
    }

    @Override
    public Map<String, Map<ResidenceStatus, Long>> populationOnByVillage(String division, Collection<String> villages,
                                                                       LocalDate day) {
        Map<String, Map<ResidenceStatus, Long>> out = byVillageOn(division, day);
        out.keySet().retainAll(villages);
        return out;
    }

    /**
     * Persons in the register on a day by owner and residence on the day, the zeros removed: the person table's
     * from its facts in memory, the transferred persons' (a few, at a township) by SQL.
     */
    private Map<String, Map<ResidenceStatus, Long>> byVillageOn(String division, LocalDate day) {
        Map<String, Map<ResidenceStatus, Long>> out = new HashMap<>();
        tx.read(() -> {
            Map<OwnedPerson, List<DatedMove>> moves = residenceMoves(division);
            String digits = digits(division);
            for (Person p : facts.all(tx)) {
                if (p.owner().startsWith(digits) && inRegisterOn(p, day)) {
                    List<DatedMove> own = moves.isEmpty() ? null : moves.get(new OwnedPerson(p.owner(), p.id()));
                    ResidenceStatus today = p.residence();
                    ResidenceStatus then = own != null || today == ResidenceStatus.DEAD
                            || today == ResidenceStatus.MOVED_OUT
                            ? StateOnDay.residenceOn(today, p.residenceBeforeLeaving(), own == null ? List.of() : own,
                            day) : today;
                    counts(out, p.owner()).merge(then, 1L, Long::sum);
                }
            }
            String table = "transferred_person";
            Sql.each(tx.connection(), "SELECT owner, residence, COUNT(*) FROM " + table + " WHERE owner LIKE ?"
                    + " AND NOT voided" + IN_REGISTER_ON + " GROUP BY owner, residence",
                    rs -> counts(out, rs.getString(1)).merge(ResidenceStatus.valueOf(rs.getString(2)),
                            rs.getLong(3), Long::sum),
                    prefix(division), day, day);
            Sql.each(tx.connection(), "SELECT id, owner, residence, residence_before_leaving FROM " + table
                    + " WHERE owner LIKE ? AND NOT voided" + IN_REGISTER_ON + " AND residence IN ('DEAD', 'MOVED_OUT')"
                    + " UNION SELECT t.id, t.owner, t.residence, t.residence_before_leaving FROM " + table + " t"
                    + " JOIN move_person mp ON mp.person_id = t.id JOIN move m ON m.id = mp.move_id"
                    + " WHERE t.owner LIKE ? AND NOT t.voided" + IN_REGISTER_ON.replace("entered_on", "t.entered_on")
                    .replace("birth_date", "t.birth_date").replace("left_on", "t.left_on")
                    + " AND m.owner = t.owner AND NOT m.voided" + MOVE_KINDS, rs -> {
                        ResidenceStatus today = ResidenceStatus.valueOf(rs.getString(3));
                        ResidenceStatus then = StateOnDay.residenceOn(today, rs.getString(4) == null ? null
                                : ResidenceStatus.valueOf(rs.getString(4)), moves.getOrDefault(new OwnedPerson(rs.getString(2), rs.getObject(1, UUID.class)),
                                        List.of()), day);
                        Map<ResidenceStatus, Long> counts = counts(out, rs.getString(2));
                        counts.merge(today, -1L, Long::sum);
                        counts.merge(then, 1L, Long::sum);
                    }, prefix(division), day, day, prefix(division), day, day);
            out.values().forEach(counts -> counts.values().removeIf(n -> n == 0));
            out.values().removeIf(Map::isEmpty);
            return null;
        });
        return out;
    }

    /** As {@link #IN_REGISTER_ON}: entered on or before the day (birth date when no entry date), not left by then. */
    static boolean inRegisterOn(Person p, LocalDate day) {
        LocalDate from = p.enteredOn() != null ? p.enteredOn() : p.birthDate();
        return from != null && !from.isAfter(day) && (p.leftOn() == null || p.leftOn().isAfter(day));
    }

    private static Map<ResidenceStatus, Long> counts(Map<String, Map<ResidenceStatus, Long>> byOwner, String owner) {
        return byOwner.computeIfAbsent(owner, o -> new EnumMap<>(ResidenceStatus.class));
    }

    /** A person as one village holds it (a village's own moves of its persons count for it). */
    private record OwnedPerson(String owner, UUID person) {
    }

    /** The moves that change where a person lives, by owner and person (a village's own moves of its persons). */
    private Map<OwnedPerson, List<DatedMove>> residenceMoves(String division) {
        Map<OwnedPerson, List<DatedMove>> moves = new HashMap<>();
        String digits = digits(division);
        for (CountedRecords.MoveFact m : counted.moves.all(tx)) {
            if (m.date() != null && m.kind() != null && RESIDENCE_MOVES.contains(m.kind())
                    && m.owner().startsWith(digits)) {
                DatedMove dated = new DatedMove(m.kind(), m.date());
                for (UUID person : m.personIds()) {
                    moves.computeIfAbsent(new OwnedPerson(m.owner(), person), k -> new ArrayList<>(2)).add(dated);
                }
            }
        }
        return moves;
    }

    @Override
    public List<BirthCount> births(String division, LocalDate from, LocalDate to) {
        return tx.read(() -> Sql.list(tx.connection(),
                "SELECT sex, LEAST(birth_order, 3) AS birth_rank, COUNT(*) FROM birth WHERE owner LIKE ?"
                        + " AND NOT voided AND born_on BETWEEN ? AND ? GROUP BY sex, birth_rank ORDER BY sex, birth_rank",
                rs -> new BirthCount(Sex.valueOf(rs.getString(1)), rs.getInt(2), rs.getLong(3)),
                prefix(division), from, to));
    }

    @Override
    public long deaths(String division, LocalDate from, LocalDate to) {
        return tx.read(() -> Sql.count(tx.connection(), "SELECT COUNT(*) FROM death WHERE owner LIKE ?"
                + " AND NOT voided AND death_date BETWEEN ? AND ?", prefix(division), from, to));
    }

    @Override
    public Map<MarriageKind, Long> marriages(String division, LocalDate from, LocalDate to) {
        Map<MarriageKind, Long> out = new EnumMap<>(MarriageKind.class);
        tx.read(() -> {
            Sql.each(tx.connection(), "SELECT kind, COUNT(*) FROM marriage WHERE owner LIKE ? AND NOT voided"
                    + " AND marriage_date BETWEEN ? AND ? GROUP BY kind",
                    rs -> out.put(MarriageKind.valueOf(rs.getString(1)), rs.getLong(2)), prefix(division), from, to);
            return null;
        });
        return out;
    }

    @Override
    public Map<MoveKind, Long> movesByKind(String division, LocalDate from, LocalDate to) {
        Map<MoveKind, Long> out = new EnumMap<>(MoveKind.class);
        tx.read(() -> {
            Sql.each(tx.connection(), "SELECT kind, SUM(person_count) FROM move WHERE owner LIKE ? AND NOT voided"
                    + " AND move_date BETWEEN ? AND ? GROUP BY kind",
                    rs -> out.put(MoveKind.valueOf(rs.getString(1)), rs.getLong(2)), prefix(division), from, to);
            return null;
        });
        return out;
    }

    @Override
    public long women(String division, LocalDate day, int minAge, int maxAge, boolean marriedOnly) {
        LocalDate bornOnOrBefore = day.minusYears(minAge);
        LocalDate bornAfter = day.minusYears(maxAge + 1L);
        String women = " WHERE owner LIKE ? AND NOT voided AND sex = ?" + IN_REGISTER_ON
                + " AND birth_date <= ? AND birth_date > ?";
        return tx.read(() -> {
            Map<String, List<DatedMarriage>> events = marriedOnly ? wifeEvents(division) : Map.of();
            Set<UUID> wives = marriedOnly && !events.isEmpty() ? wives(division) : Set.of();
            long count = 0;
            String digits = digits(division);
            for (Person p : facts.all(tx)) {
                if (p.owner().startsWith(digits) && p.sex() == Sex.FEMALE && inRegisterOn(p, day)
                        && p.birthDate() != null && !p.birthDate().isAfter(bornOnOrBefore)
                        && p.birthDate().isAfter(bornAfter)
                        && (!marriedOnly || (wives.contains(p.id())
                                ? StateOnDay.marriedOn(p.maritalStatus(), p.firstMarriageDate(),
                                        events.getOrDefault(p.owner() + "|" + p.id(), List.of()), day)
                                : StateOnDay.marriedByRecord(p.maritalStatus(), p.firstMarriageDate(), day)))) {
                    count++;
                }
            }
            String table = "transferred_person";
            long[] transferred = new long[1];
            transferred[0] = Sql.count(tx.connection(), "SELECT COUNT(*) FROM " + table + women + (marriedOnly
                    ? " AND marital IN (" + MARRIED + ") AND (first_married_on IS NULL OR first_married_on <= ?)"
                    : ""), marriedOnly
                    ? new Object[] {prefix(division), Sex.FEMALE, day, day, bornOnOrBefore, bornAfter, day}
                    : new Object[] {prefix(division), Sex.FEMALE, day, day, bornOnOrBefore, bornAfter});
            if (marriedOnly && !events.isEmpty()) {
                Sql.each(tx.connection(), "SELECT id, owner, marital, first_married_on FROM " + table + women
                        + " AND id IN (SELECT wife_id FROM marriage WHERE owner LIKE ? AND NOT voided)", rs -> {
                            MaritalStatus today = rs.getString(3) == null ? null
                                    : MaritalStatus.valueOf(rs.getString(3));
                            LocalDate first = rs.getObject(4, LocalDate.class);
                            boolean byRecord = StateOnDay.marriedByRecord(today, first, day);
                            boolean then = StateOnDay.marriedOn(today, first,
                                    events.getOrDefault(rs.getString(2) + "|" + rs.getObject(1), List.of()), day);
                            transferred[0] += (then ? 1 : 0) - (byRecord ? 1 : 0);
                        }, prefix(division), Sex.FEMALE, day, day, bornOnOrBefore, bornAfter, prefix(division));
            }
            return count + transferred[0];
        });
    }

    /** The women married in a marriage the division's villages recorded. */
    private Set<UUID> wives(String division) {
        return new HashSet<>(Sql.list(tx.connection(), "SELECT wife_id FROM marriage WHERE owner LIKE ? AND NOT voided"
                + " AND wife_id IS NOT NULL", rs -> rs.getObject(1, UUID.class), prefix(division)));
    }

    /** Each woman's marriages and divorces recorded by her own village, by "owner|person id". */
    private Map<String, List<DatedMarriage>> wifeEvents(String division) {
        Map<String, List<StateOnDay.WifeEvent>> events = new HashMap<>();
        Sql.each(tx.connection(), "SELECT owner, wife_id, kind, marriage_date, husband_id FROM marriage WHERE owner"
                + " LIKE ? AND NOT voided AND wife_id IS NOT NULL AND marriage_date IS NOT NULL AND kind IS NOT NULL",
                rs -> events.computeIfAbsent(rs.getString(1) + "|" + rs.getObject(2), k -> new ArrayList<>())
                        .add(new StateOnDay.WifeEvent(MarriageKind.valueOf(rs.getString(3)),
                                rs.getObject(4, LocalDate.class), rs.getObject(5, UUID.class))),
                prefix(division));
        // the husbands' deaths end their marriages: those the same village recorded, as its death form made the
        // wife 丧偶 (the village, the township and the county count alike)
        Map<String, LocalDate> deaths = new HashMap<>();
        Sql.each(tx.connection(), "SELECT owner, person_id, death_date FROM death WHERE owner LIKE ? AND NOT voided"
                + " AND death_date IS NOT NULL AND person_id IN (SELECT husband_id FROM marriage WHERE owner LIKE ?"
                + " AND NOT voided)", rs -> deaths.merge(rs.getString(1) + "|" + rs.getObject(2),
                        rs.getObject(3, LocalDate.class), (a, b) -> a.isBefore(b) ? a : b),
                prefix(division), prefix(division));
        Map<String, List<DatedMarriage>> out = new HashMap<>();
        events.forEach((key, own) -> {
            String owner = key.substring(0, key.indexOf('|'));
            out.put(key, StateOnDay.withHusbandsDeaths(own, husband -> deaths.get(owner + "|" + husband)));
        });
        return out;
    }

    @Override
    public long birthsRecordedWithin(String division, LocalDate from, LocalDate to, int days) {
        return tx.read(() -> Sql.count(tx.connection(), "SELECT COUNT(*) FROM birth WHERE owner LIKE ?"
                + " AND NOT voided AND born_on BETWEEN ? AND ? AND recorded_on IS NOT NULL"
                + " AND DATEDIFF('DAY', born_on, recorded_on) <= ?", prefix(division), from, to, days));
    }

    @Override
    public ServiceCoverage serviceCoverage(String division, LocalDate from, LocalDate to) {
        return monitoring.serviceCoverage(prefix(division), from, to);
    }

    @Override
    public Map<ProgrammeKind, BenefitFigures> benefits(String division, LocalDate from, LocalDate to) {
        return monitoring.benefits(prefix(division), from, to);
    }

    @Override
    public Optional<KnownBirths> knownBirths(String division, LocalDate from, LocalDate to) {
        return monitoring.knownBirths(prefix(division), from, to);
    }

    @Override
    public DataQuality dataQuality(String division, LocalDate day) {
        return monitoring.dataQuality(prefix(division), day);
    }

    private static String prefix(String division) {
        return digits(division) + "%";
    }

    /** The division's code: the owners of its records start with it. */
    static String digits(String division) {
        String d = division == null ? "" : division.strip();
        if (!d.matches("\\d*")) {
            throw new IllegalArgumentException("a division is a code of digits");
        }
        return d;
    }
}
