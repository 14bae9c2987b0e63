package org.villageregistry.county.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * County-wide duplicate suspects, a list to review and never merged: the same ID number held by persons of two
 * townships, and the same name and birth date with the same mother (her ID number, or her name and birth date) in
 * two villages. Persons who moved out or died are left out, and so is the expected pair of a person registered in
 * one village and living in another (户籍在村但流出 there, 流入 here).
 */
public final class PgDuplicates {
    /** Why two records are suspected of being one person. */
    public enum Reason { SAME_ID_NUMBER, SAME_NAME_BIRTH_AND_MOTHER }

    /** One of the two records as the county holds it. */
    public record Side(String township, String village, UUID personId, String name, LocalDate birthDate,
                       String idNumber, String residence) {
    }

    public record Suspect(Reason reason, Side first, Side second) {
    }

    private static final String ACTIVE = " and not %1$s.voided and %1$s.residence not in ('MOVED_OUT', 'DEAD')";
    private static final String NOT_AWAY_AND_INCOMING = " and not (a.residence = 'AWAY' and b.residence = 'INCOMING'"
            + " or a.residence = 'INCOMING' and b.residence = 'AWAY')";
    private static final String SIDES = "select a.township, a.village, a.entity_id, a.person_name, a.birth_date,"
            + " a.id_number, a.residence, b.township, b.village, b.entity_id, b.person_name, b.birth_date,"
            + " b.id_number, b.residence";
    private static final String SAME_ID = SIDES + " from record a join record b on b.entity_type = 'person'"
            + " and b.id_number = a.id_number and a.township < b.township"
            + " where a.entity_type = 'person' and a.id_number is not null and a.id_number <> ''"
            + ACTIVE.formatted("a") + ACTIVE.formatted("b") + NOT_AWAY_AND_INCOMING
            + " order by a.township, a.village, a.person_name, b.township, b.village limit ?";
    private static final String SAME_MOTHER = SIDES + " from record a"
            + " join record b on b.entity_type = 'person' and b.person_name = a.person_name"
            + " and b.birth_date = a.birth_date and a.village < b.village"
            + " join record ma on ma.entity_type = 'person' and ma.entity_id = a.mother_id"
            + " join record mb on mb.entity_type = 'person' and mb.entity_id = b.mother_id"
            + " where a.entity_type = 'person' and a.birth_date is not null"
            + ACTIVE.formatted("a") + ACTIVE.formatted("b") + NOT_AWAY_AND_INCOMING
            + " and (ma.id_number = mb.id_number or ma.person_name = mb.person_name and ma.birth_date = mb.birth_date)"
            + " and not (a.id_number = b.id_number and a.township <> b.township)" // listed as the same ID already
            + " order by a.township, a.village, a.person_name, b.township, b.village limit ?";

    private final CountyStore store;

    public PgDuplicates(CountyStore store) {
        this.store = store;
    }

    /** At most {@code limit} suspects of each reason, the same ID number first. */
    public List<Suspect> suspects(int limit) {
        return store.read(c -> {
            List<Suspect> out = new ArrayList<>();
            for (Reason reason : Reason.values()) {
                try (PreparedStatement s = c.prepareStatement(reason == Reason.SAME_ID_NUMBER ? SAME_ID : SAME_MOTHER)) {
                    s.setInt(1, limit);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            out.add(new Suspect(reason, side(r, 1), side(r, 8)));
                        }
                    }
                }
            }
            return out;
        });
    }

    private static Side side(ResultSet r, int at) throws SQLException {
        java.sql.Date born = r.getDate(at + 4);
        return new Side(r.getString(at), r.getString(at + 1), r.getObject(at + 2, UUID.class), r.getString(at + 3),
                born == null ? null : born.toLocalDate(), r.getString(at + 5), r.getString(at + 6));
    }
}
