package org.villageregistry.storage;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.StatisticsQueries;

/** Counts by SQL aggregation over the typed columns; a division is a code prefix of the owner. */
final class SqlStatistics implements StatisticsQueries {
    /** In the register on day ?: entered on or before it (birth date when no entry date), not left by then. */
    private static final String IN_REGISTER_ON = " AND COALESCE(entered_on, birth_date) <= ?"
            + " AND (left_on IS NULL OR left_on > ?)";
    private static final String MARRIED = "'" + MaritalStatus.MARRIED.name() + "', '"
            + MaritalStatus.FIRST_MARRIAGE.name() + "', '" + MaritalStatus.REMARRIED.name() + "', '"
            + MaritalStatus.MARRIED_AGAIN.name() + "'";

    private final JdbcTransactions tx;

    SqlStatistics(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Map<ResidenceStatus, Long> populationOn(String division, LocalDate day) {
        Map<ResidenceStatus, Long> out = new EnumMap<>(ResidenceStatus.class);
        tx.read(() -> {
            Sql.each(tx.connection(), "SELECT residence, COUNT(*) FROM person WHERE owner LIKE ? AND NOT voided"
                    + IN_REGISTER_ON + " GROUP BY residence",
                    rs -> out.put(ResidenceStatus.valueOf(rs.getString(1)), rs.getLong(2)), prefix(division), day, day);
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
        return tx.read(() -> Sql.count(tx.connection(), "SELECT COUNT(*) FROM person WHERE owner LIKE ?"
                + " AND NOT voided AND sex = ?" + IN_REGISTER_ON + " AND birth_date <= ? AND birth_date > ?"
                + (marriedOnly ? " AND marital IN (" + MARRIED + ")" : ""),
                prefix(division), Sex.FEMALE, day, day, bornOnOrBefore, bornAfter));
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
