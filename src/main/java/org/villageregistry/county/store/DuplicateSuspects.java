package org.villageregistry.county.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The county-wide duplicate suspects, a review list never merged automatically: the same ID number in two
 * townships, and the same name, birth date and mother in two villages.
 */
public final class DuplicateSuspects {
    /** Why the persons are suspected to be one. */
    public enum Reason { SAME_ID_NUMBER, SAME_NAME_BIRTH_MOTHER }

    /** One person of a suspect group, where the county holds it. */
    public record Member(String village, String township, String name, Optional<LocalDate> birthDate,
                         Optional<String> idNumber) {
    }

    /** Persons suspected to be one. */
    public record Group(Reason reason, List<Member> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    private static final String PERSON = "entity_type = 'person' and not voided";
    private static final String COLUMNS = "select village, township, person_name, birth_date, id_number";

    private final CountyStore store;

    public DuplicateSuspects(CountyStore store) {
        this.store = store;
    }

    /** At most {@code limit} groups of each reason. */
    public List<Group> find(int limit) {
        return store.read(c -> {
            List<Group> out = new ArrayList<>();
            out.addAll(groups(c, Reason.SAME_ID_NUMBER, COLUMNS + ", id_number from record where " + PERSON
                    + " and id_number in (select id_number from record where " + PERSON + " and id_number is not null"
                    + " group by id_number having count(distinct township) > 1 order by id_number limit ?)"
                    + " order by id_number, village", limit));
            out.addAll(groups(c, Reason.SAME_NAME_BIRTH_MOTHER, COLUMNS + ", person_name || ' ' || birth_date || ' '"
                    + " || mother_id from record where " + PERSON + " and (person_name, birth_date, mother_id) in"
                    + " (select person_name, birth_date, mother_id from record where " + PERSON
                    + " and mother_id is not null and person_name is not null and birth_date is not null"
                    + " group by person_name, birth_date, mother_id having count(distinct village) > 1"
                    + " order by person_name, birth_date limit ?) order by 6, village", limit));
            return out;
        });
    }

    private static List<Group> groups(Connection c, Reason reason, String sql, int limit) throws SQLException {
        Map<String, List<Member>> byKey = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Date born = r.getDate(4);
                    byKey.computeIfAbsent(r.getString(6), k -> new ArrayList<>()).add(new Member(r.getString(1),
                            r.getString(2), r.getString(3), Optional.ofNullable(born).map(Date::toLocalDate),
                            Optional.ofNullable(r.getString(5))));
                }
            }
        }
        return byKey.values().stream().map(m -> new Group(reason, m)).toList();
    }
}
