package org.villageregistry.county.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.person.StateOnDay;
import org.villageregistry.domain.person.StateOnDay.DatedMarriage;
import org.villageregistry.domain.person.StateOnDay.DatedMove;

/**
 * The counts of persons on a past day, as the workstations take them: the persons a village holds and the old
 * village's records of persons who transferred away ({@code transferred_person}), each where they lived and
 * whether married on that day by {@link StateOnDay} from the village's own dated moves and marriages, since a
 * record holds only today's state. The counts by today's state come from SQL; the persons whose state on the day
 * may differ (died, moved out, moved, married or divorced) are put right one by one.
 */
final class PersonCounts {
    /** Every person record a village holds or held: its own, and its history of those who transferred away. */
    static final String PERSONS = "(select entity_id, village, voided, residence, sex, birth_date, marital,"
            + " entered_on, left_on, state from record where entity_type = 'person' union all select entity_id,"
            + " village, voided, residence, sex, birth_date, marital, entered_on, left_on, state"
            + " from transferred_person) p";
    static final String IN_REGISTER_ON = " and coalesce(entered_on, birth_date) <= ? and (left_on is null or left_on > ?)";
    static final String MARRIED = "'" + MaritalStatus.MARRIED.name() + "', '"
            + MaritalStatus.FIRST_MARRIAGE.name() + "', '" + MaritalStatus.REMARRIED.name() + "', '"
            + MaritalStatus.MARRIED_AGAIN.name() + "'";
    private static final String FIRST_MARRIED = "cast(state->>'firstMarriageDate' as date)";
    private static final String RESIDENCE_MOVES = "('FLOAT_OUT', 'RETURN', 'FLOAT_IN', 'HUKOU_IN', 'FLOAT_LEAVE')";

    private PersonCounts() {
    }

    /** Village → residence on the day → persons in the register that day. */
    static Map<String, Map<String, Long>> population(Connection c, LocalDate day, Optional<Collection<String>> villages)
            throws SQLException {
        Map<String, Map<String, Long>> out = StatisticsCache.grouped(c, "select village, residence, count(*) from "
                + PERSONS + " where not voided" + IN_REGISTER_ON + " group by village, residence",
                new Object[] {day, day}, villages);
        Map<String, List<DatedMove>> moves = moves(c, villages);
        try (PreparedStatement s = c.prepareStatement("select village, entity_id, residence,"
                + " state->>'residenceBeforeLeaving' from " + PERSONS
                + " where not voided" + IN_REGISTER_ON + restrictedTo(villages))) {
            bind(s, villages, day, day);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String village = r.getString(1);
                    List<DatedMove> own = moves.getOrDefault(village + "|" + r.getObject(2, UUID.class), List.of());
                    ResidenceStatus today = r.getString(3) == null ? null : ResidenceStatus.valueOf(r.getString(3));
                    if (own.isEmpty() && today != ResidenceStatus.DEAD && today != ResidenceStatus.MOVED_OUT) {
                        continue;
                    }
                    ResidenceStatus then = StateOnDay.residenceOn(today, r.getString(4) == null ? null
                            : ResidenceStatus.valueOf(r.getString(4)), own, day);
                    if (then != today) {
                        Map<String, Long> groups = out.computeIfAbsent(village, v -> new HashMap<>());
                        groups.merge(String.valueOf(today), -1L, Long::sum);
                        groups.merge(then.name(), 1L, Long::sum);
                    }
                }
            }
        }
        out.values().forEach(groups -> groups.values().removeIf(n -> n == 0));
        return out;
    }

    /** Village → women aged min..max on the day in the register that day (married then, when asked). */
    static Map<String, Map<String, Long>> women(Connection c, LocalDate day, int minAge, int maxAge, boolean marriedOnly,
                                                 Optional<Collection<String>> villages) throws SQLException {
        String women = " where not voided and sex = ?" + IN_REGISTER_ON + " and birth_date <= ? and birth_date > ?";
        Object[] args = {Sex.FEMALE.name(), day, day, day.minusYears(minAge), day.minusYears(maxAge + 1L)};
        if (!marriedOnly) {
            return StatisticsCache.grouped(c, "select village, '', count(*) from " + PERSONS + women
                    + " group by village", args, villages);
        }
        Object[] married = {Sex.FEMALE.name(), day, day, day.minusYears(minAge), day.minusYears(maxAge + 1L), day};
        Map<String, Map<String, Long>> out = StatisticsCache.grouped(c, "select village, '', count(*) from " + PERSONS
                + women + " and marital in (" + MARRIED + ") and (" + FIRST_MARRIED + " is null or " + FIRST_MARRIED
                + " <= ?) group by village", married, villages);
        Map<String, List<DatedMarriage>> events = wifeEvents(c, villages);
        if (events.isEmpty()) {
            return out;
        }
        try (PreparedStatement s = c.prepareStatement("select village, entity_id, marital, " + FIRST_MARRIED
                + " from " + PERSONS + women + restrictedTo(villages))) {
            bind(s, villages, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<DatedMarriage> own = events.get(r.getString(1) + "|" + r.getObject(2, UUID.class));
                    if (own == null) {
                        continue;
                    }
                    MaritalStatus today = r.getString(3) == null ? null : MaritalStatus.valueOf(r.getString(3));
                    LocalDate first = r.getObject(4, LocalDate.class);
                    long delta = (StateOnDay.marriedOn(today, first, own, day) ? 1 : 0)
                            - (StateOnDay.marriedByRecord(today, first, day) ? 1 : 0);
                    if (delta != 0) {
                        out.computeIfAbsent(r.getString(1), v -> new HashMap<>()).merge("", delta, Long::sum);
                    }
                }
            }
        }
        return out;
    }

    /** The moves that change where a person lives, by "village|person id" (a village's own moves of its persons). */
    private static Map<String, List<DatedMove>> moves(Connection c, Optional<Collection<String>> villages)
            throws SQLException {
        Map<String, List<DatedMove>> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select village, person.id, kind, event_date from record"
                + " cross join lateral jsonb_array_elements_text(state->'personIds') as person(id)"
                + " where entity_type = 'move' and not voided and event_date is not null and kind in "
                + RESIDENCE_MOVES + restrictedTo(villages))) {
            bind(s, villages);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1) + "|" + UUID.fromString(r.getString(2)),
                            k -> new ArrayList<>()).add(new DatedMove(MoveKind.valueOf(r.getString(3)),
                            r.getObject(4, LocalDate.class)));
                }
            }
        }
        return out;
    }

    /** Each woman's marriages and divorces recorded by her own village, by "village|person id". */
    private static Map<String, List<DatedMarriage>> wifeEvents(Connection c, Optional<Collection<String>> villages)
            throws SQLException {
        Map<String, List<StateOnDay.WifeEvent>> events = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select village, state->>'wifeId', kind, event_date,"
                + " state->>'husbandId' from record where entity_type = 'marriage' and not voided"
                + " and state->>'wifeId' is not null and event_date is not null and kind is not null"
                + restrictedTo(villages))) {
            bind(s, villages);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String husband = r.getString(5);
                    events.computeIfAbsent(r.getString(1) + "|" + UUID.fromString(r.getString(2)),
                            k -> new ArrayList<>()).add(new StateOnDay.WifeEvent(MarriageKind.valueOf(r.getString(3)),
                            r.getObject(4, LocalDate.class), husband == null ? null : UUID.fromString(husband)));
                }
            }
        }
        // the husbands' deaths the same village recorded end their marriages, as at the village and the township
        Map<String, LocalDate> deaths = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select village, state->>'personId', event_date from record"
                + " where entity_type = 'death' and not voided and event_date is not null"
                + " and state->>'personId' is not null" + restrictedTo(villages))) {
            bind(s, villages);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    deaths.merge(r.getString(1) + "|" + UUID.fromString(r.getString(2)),
                            r.getObject(3, LocalDate.class), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        Map<String, List<DatedMarriage>> out = new HashMap<>();
        events.forEach((key, own) -> {
            String village = key.substring(0, key.indexOf('|'));
            out.put(key, StateOnDay.withHusbandsDeaths(own, husband -> deaths.get(village + "|" + husband)));
        });
        return out;
    }

    private static String restrictedTo(Optional<Collection<String>> villages) {
        return villages.isPresent() ? " and village = any(?)" : "";
    }

    private static void bind(PreparedStatement s, Optional<Collection<String>> villages, Object... args)
            throws SQLException {
        int i = 0;
        for (Object a : args) {
            s.setObject(++i, a instanceof LocalDate d ? Date.valueOf(d) : a);
        }
        if (villages.isPresent()) {
            s.setArray(++i, s.getConnection().createArrayOf("varchar", villages.get().toArray()));
        }
    }
}
