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
import java.util.UUID;

/**
 * The county-wide duplicate suspects, a review list never merged automatically: the same ID number held by persons
 * of two townships, and the same name and birth date with the same mother (her ID number, or her name and birth
 * date: each village holds its own record of her) in two villages. Persons who moved out or died are left out, and
 * so is the expected pair of a person registered in one village and living in another (户籍在村但流出 there, 流入
 * here).
 */
public final class DuplicateSuspects {
    /** Why the persons are suspected to be one. */
    public enum Reason { SAME_ID_NUMBER, SAME_NAME_BIRTH_MOTHER }

    /** One person of a suspect group, where the county holds it. */
    public record Member(String village, String township, String name, Optional<LocalDate> birthDate,
                         Optional<String> idNumber, UUID personId, String residence) {
    }

    /** Persons suspected to be one. */
    public record Group(Reason reason, List<Member> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    private static final String ACTIVE = " and not %1$s.voided and %1$s.residence not in ('MOVED_OUT', 'DEAD')";
    private static final String NOT_AWAY_AND_INCOMING = " and not (a.residence = 'AWAY' and b.residence = 'INCOMING'"
            + " or a.residence = 'INCOMING' and b.residence = 'AWAY')";
    private static final String PAIRS = "select a.village, a.township, a.person_name, a.birth_date, a.id_number,"
            + " a.entity_id, a.residence, b.village, b.township, b.person_name, b.birth_date, b.id_number,"
            + " b.entity_id, b.residence";
    private static final String SAME_ID = PAIRS + " from record a join record b on b.entity_type = 'person'"
            + " and b.id_number = a.id_number and a.township < b.township"
            + " where a.entity_type = 'person' and a.id_number is not null and a.id_number <> ''"
            + ACTIVE.formatted("a") + ACTIVE.formatted("b") + NOT_AWAY_AND_INCOMING
            + " order by a.id_number, a.village, b.village limit ?";
    private static final String SAME_MOTHER = PAIRS + " from record a"
            + " join record b on b.entity_type = 'person' and b.person_name = a.person_name"
            + " and b.birth_date = a.birth_date and a.village < b.village"
            + " join record ma on ma.entity_type = 'person' and ma.entity_id = a.mother_id"
            + " join record mb on mb.entity_type = 'person' and mb.entity_id = b.mother_id"
            + " where a.entity_type = 'person' and a.birth_date is not null"
            + ACTIVE.formatted("a") + ACTIVE.formatted("b") + NOT_AWAY_AND_INCOMING
            + " and (ma.id_number = mb.id_number or ma.person_name = mb.person_name and ma.birth_date = mb.birth_date)"
            + " and not (a.id_number = b.id_number and a.township <> b.township)" // listed as the same ID already
            + " order by a.person_name, a.birth_date, a.village, b.village limit ?";

    private final CountyStore store;

    public DuplicateSuspects(CountyStore store) {
        this.store = store;
    }

    /** At most {@code limit} pairs of each reason, the same ID number first. */
    public List<Group> find(int limit) {
        return store.read(c -> {
            List<Group> out = new ArrayList<>();
            for (Reason reason : Reason.values()) {
                try (PreparedStatement s = c.prepareStatement(reason == Reason.SAME_ID_NUMBER ? SAME_ID : SAME_MOTHER)) {
                    s.setInt(1, limit);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            out.add(new Group(reason, List.of(member(r, 1), member(r, 8))));
                        }
                    }
                }
            }
            return out;
        });
    }

    private static Member member(ResultSet r, int at) throws SQLException {
        Date born = r.getDate(at + 3);
        return new Member(r.getString(at), r.getString(at + 1), r.getString(at + 2),
                Optional.ofNullable(born).map(Date::toLocalDate), Optional.ofNullable(r.getString(at + 4)),
                r.getObject(at + 5, UUID.class), r.getString(at + 6));
    }
}
