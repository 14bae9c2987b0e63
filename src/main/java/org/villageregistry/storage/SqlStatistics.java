package org.villageregistry.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.StatisticsQueries;

/**
 * Counts by SQL aggregation over the typed columns; a division is a code prefix of the owner. Persons are counted
 * from the person table and, at a township, from the old villages' records of transferred persons
 * (transferred_person), each under the village that held the record. A person's residence status and marital
 * status on a past day are worked out from their dated events, not taken from today's record.
 */
final class SqlStatistics implements StatisticsQueries {
    /** In the register on day ?: entered on or before it (birth date when no entry date), not left by then. */
    private static final String IN_REGISTER_ON = " AND COALESCE(t.entered_on, t.birth_date) <= ?"
            + " AND (t.left_on IS NULL OR t.left_on > ?)";
    private static final String MARRIED = "'" + MaritalStatus.MARRIED.name() + "', '"
            + MaritalStatus.FIRST_MARRIAGE.name() + "', '" + MaritalStatus.REMARRIED.name() + "', '"
            + MaritalStatus.MARRIED_AGAIN.name() + "'";
    private static final String PERSON_MOVES = " FROM move_person mp JOIN move m ON m.id = mp.move_id"
            + " WHERE mp.person_id = t.id AND m.owner = t.owner AND NOT m.voided";
    /**
     * Where a person lived on day ?: the last move on or before the day that says so (流出 → away, 返回 or 迁入 →
     * living here, 流入 → incoming); else the opposite of the first such move after it; else the record's status,
     * and for a person who has since died or moved out, living here. Two parameters: the day, twice.
     */
    private static final String RESIDENCE_ON = "COALESCE("
            + "(SELECT CASE m.kind WHEN 'FLOAT_OUT' THEN 'AWAY' WHEN 'FLOAT_IN' THEN 'INCOMING' ELSE 'RESIDENT' END"
            + PERSON_MOVES + " AND m.kind IN ('FLOAT_OUT', 'RETURN', 'FLOAT_IN', 'HUKOU_IN') AND m.move_date <= ?"
            + " ORDER BY m.move_date DESC, m.id FETCH FIRST 1 ROW ONLY),"
            + "(SELECT CASE m.kind WHEN 'FLOAT_OUT' THEN 'RESIDENT' WHEN 'RETURN' THEN 'AWAY' ELSE 'INCOMING' END"
            + PERSON_MOVES + " AND m.kind IN ('FLOAT_OUT', 'RETURN', 'FLOAT_LEAVE') AND m.move_date > ?"
            + " ORDER BY m.move_date, m.id FETCH FIRST 1 ROW ONLY),"
            + "CASE WHEN t.residence IN ('DEAD', 'MOVED_OUT') THEN 'RESIDENT' ELSE t.residence END)";
    private static final String WIFE_EVENTS = " FROM marriage m WHERE m.wife_id = t.id AND m.owner = t.owner"
            + " AND NOT m.voided";
    /**
     * Married on day ?: as her last marriage or divorce on or before the day left her; else, when her first such
     * event after the day is a divorce, married; else as her record says, but not before her 初婚日期.
     * Three parameters: the day, three times.
     */
    private static final String MARRIED_ON = "COALESCE("
            + "(SELECT m.kind <> 'DIVORCE'" + WIFE_EVENTS + " AND m.marriage_date <= ?"
            + " ORDER BY m.marriage_date DESC, m.id FETCH FIRST 1 ROW ONLY),"
            + "(SELECT m.kind = 'DIVORCE'" + WIFE_EVENTS + " AND m.marriage_date > ?"
            + " ORDER BY m.marriage_date, m.id FETCH FIRST 1 ROW ONLY),"
            + "t.marital IN (" + MARRIED + ") AND (t.first_married_on IS NULL OR t.first_married_on <= ?))";

    private final JdbcTransactions tx;

    SqlStatistics(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Map<ResidenceStatus, Long> populationOn(String division, LocalDate day) {
        Map<ResidenceStatus, Long> out = new EnumMap<>(ResidenceStatus.class);
        String each = "SELECT " + RESIDENCE_ON + " AS status, COUNT(*) AS n FROM %s t WHERE t.owner LIKE ?"
                + " AND NOT t.voided" + IN_REGISTER_ON + " GROUP BY status";
        tx.read(() -> {
            Sql.each(tx.connection(), "SELECT status, SUM(n) FROM (" + each.formatted("person") + " UNION ALL "
                    + each.formatted("transferred_person") + ") GROUP BY status",
                    rs -> out.put(ResidenceStatus.valueOf(rs.getString(1)), rs.getLong(2)),
                    day, day, prefix(division), day, day, day, day, prefix(division), day, day);
            return null;
        });
        return out;
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
        String each = "SELECT COUNT(*) AS n FROM %s t WHERE t.owner LIKE ? AND NOT t.voided AND t.sex = ?"
                + IN_REGISTER_ON + " AND t.birth_date <= ? AND t.birth_date > ?"
                + (marriedOnly ? " AND " + MARRIED_ON : "");
        List<Object> params = new ArrayList<>(List.of(prefix(division), Sex.FEMALE, day, day, bornOnOrBefore,
                bornAfter));
        if (marriedOnly) {
            params.addAll(List.of(day, day, day));
        }
        List<Object> both = new ArrayList<>(params);
        both.addAll(params);
        return tx.read(() -> Sql.count(tx.connection(), "SELECT SUM(n) FROM (" + each.formatted("person")
                + " UNION ALL " + each.formatted("transferred_person") + ")", both.toArray()));
    }

    @Override
    public long birthsRecordedWithin(String division, LocalDate from, LocalDate to, int days) {
        return tx.read(() -> Sql.count(tx.connection(), "SELECT COUNT(*) FROM birth WHERE owner LIKE ?"
                + " AND NOT voided AND born_on BETWEEN ? AND ? AND recorded_on IS NOT NULL"
                + " AND DATEDIFF('DAY', born_on, recorded_on) <= ?", prefix(division), from, to, days));
    }

    private static String prefix(String division) {
        String d = division == null ? "" : division.strip();
        if (!d.matches("\\d*")) {
            throw new IllegalArgumentException("a division is a code of digits");
        }
        return d + "%";
    }
}
