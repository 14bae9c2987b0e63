package org.villageregistry.county.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * The statistics counts by SQL aggregation in PostgreSQL, over the county's typed columns, with the same
 * definitions as the workstations' own queries; a division is a code prefix of the village.
 */
public final class PgStatistics implements StatisticsQueries {
    private static final String IN_REGISTER_ON = " and coalesce(entered_on, birth_date) <= ?"
            + " and (left_on is null or left_on > ?)";
    private static final String MARRIED = "'" + MaritalStatus.MARRIED.name() + "', '"
            + MaritalStatus.FIRST_MARRIAGE.name() + "', '" + MaritalStatus.REMARRIED.name() + "', '"
            + MaritalStatus.MARRIED_AGAIN.name() + "'";

    private final CountyStore store;

    public PgStatistics(CountyStore store) {
        this.store = store;
    }

    @Override
    public Map<ResidenceStatus, Long> populationOn(String division, LocalDate day) {
        Map<ResidenceStatus, Long> out = new EnumMap<>(ResidenceStatus.class);
        rows("select residence, count(*) from record where entity_type = 'person' and village like ? and not voided"
                + IN_REGISTER_ON + " group by residence", r -> out.put(ResidenceStatus.valueOf(r.getString(1)),
                r.getLong(2)), prefix(division), day, day);
        return out;
    }

    @Override
    public List<BirthCount> births(String division, LocalDate from, LocalDate to) {
        List<BirthCount> out = new ArrayList<>();
        rows("select sex, least(birth_order, 3) as birth_rank, count(*) from record where entity_type = 'birth'"
                + " and village like ? and not voided and event_date between ? and ? group by sex, birth_rank"
                + " order by sex, birth_rank", r -> out.add(new BirthCount(Sex.valueOf(r.getString(1)), r.getInt(2),
                r.getLong(3))), prefix(division), from, to);
        return out;
    }

    @Override
    public long deaths(String division, LocalDate from, LocalDate to) {
        return count("select count(*) from record where entity_type = 'death' and village like ? and not voided"
                + " and event_date between ? and ?", prefix(division), from, to);
    }

    @Override
    public Map<MarriageKind, Long> marriages(String division, LocalDate from, LocalDate to) {
        Map<MarriageKind, Long> out = new EnumMap<>(MarriageKind.class);
        rows("select kind, count(*) from record where entity_type = 'marriage' and village like ? and not voided"
                + " and event_date between ? and ? group by kind", r -> out.put(MarriageKind.valueOf(r.getString(1)),
                r.getLong(2)), prefix(division), from, to);
        return out;
    }

    @Override
    public Map<MoveKind, Long> movesByKind(String division, LocalDate from, LocalDate to) {
        Map<MoveKind, Long> out = new EnumMap<>(MoveKind.class);
        rows("select kind, sum(person_count) from record where entity_type = 'move' and village like ? and not voided"
                + " and event_date between ? and ? group by kind", r -> out.put(MoveKind.valueOf(r.getString(1)),
                r.getLong(2)), prefix(division), from, to);
        return out;
    }

    @Override
    public long women(String division, LocalDate day, int minAge, int maxAge, boolean marriedOnly) {
        return count("select count(*) from record where entity_type = 'person' and village like ? and not voided"
                + " and sex = ?" + IN_REGISTER_ON + " and birth_date <= ? and birth_date > ?"
                + (marriedOnly ? " and marital in (" + MARRIED + ")" : ""), prefix(division), Sex.FEMALE.name(),
                day, day, day.minusYears(minAge), day.minusYears(maxAge + 1L));
    }

    @Override
    public long birthsRecordedWithin(String division, LocalDate from, LocalDate to, int days) {
        return count("select count(*) from record where entity_type = 'birth' and village like ? and not voided"
                + " and event_date between ? and ? and recorded_on is not null and recorded_on - event_date <= ?",
                prefix(division), from, to, days);
    }

    /** Reads one row at a time. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet r) throws java.sql.SQLException;
    }

    private void rows(String sql, Row row, Object... args) {
        store.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, args);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        row.read(r);
                    }
                }
            }
            return null;
        });
    }

    private long count(String sql, Object... args) {
        long[] n = new long[1];
        rows(sql, r -> n[0] = r.getLong(1), args);
        return n[0];
    }

    private static void bind(PreparedStatement s, Object... args) throws java.sql.SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            s.setObject(i + 1, a instanceof LocalDate d ? Date.valueOf(d) : a);
        }
    }

    private static String prefix(String division) {
        String d = division == null ? "" : division.strip();
        if (!d.matches("\\d*")) {
            throw new IllegalArgumentException("a division is a code of digits");
        }
        return d + "%";
    }
}
