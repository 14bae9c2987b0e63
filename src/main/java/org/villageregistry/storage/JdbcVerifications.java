package org.villageregistry.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.VerificationRepository;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.domain.verification.PersonResult;
import org.villageregistry.domain.verification.SampledHousehold;
import org.villageregistry.domain.verification.SampledNewborn;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.Verification;
import org.villageregistry.domain.verification.VerificationResults;
import org.villageregistry.domain.verification.VerificationSample;

/** Sample verifications in the township's database (V8__verification.sql). */
final class JdbcVerifications implements VerificationRepository {
    private static final String VERIFICATION = "SELECT id, township, villages, households_per_village, seed, newborns,"
            + " drawn_at, drawn_on, drawn_by FROM verification";
    private final JdbcTransactions tx;

    JdbcVerifications(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public VerificationSample add(VerificationSample sample) {
        return tx.write(() -> {
            Verification v = sample.verification();
            Sql.update(tx.connection(), "INSERT INTO verification (township, villages, households_per_village, seed,"
                    + " newborns, drawn_at, drawn_on, drawn_by) VALUES (?,?,?,?,?,?,?,?)", v.township(),
                    String.join(",", v.villages()), v.householdsPerVillage(), v.seed(), v.newborns(),
                    v.drawnAt().toString(), v.drawnOn(), v.drawnBy());
            long id = Sql.count(tx.connection(), "SELECT MAX(id) FROM verification");
            VerificationSample stored = new VerificationSample(v.withId(id), sample.households(), sample.persons(),
                    sample.newborns());
            insertDrawn(stored);
            return stored;
        });
    }

    @Override
    public void replace(VerificationSample sample) {
        tx.write(() -> {
            long id = sample.verification().id();
            for (String table : List.of("verification_correction", "verification_found", "verification_newborn",
                    "verification_person", "verification_household")) {
                Sql.update(tx.connection(), "DELETE FROM " + table + " WHERE verification_id = ?", id);
            }
            Verification v = sample.verification();
            Sql.update(tx.connection(), "UPDATE verification SET seed = ?, drawn_at = ?, drawn_on = ?, drawn_by = ?"
                    + " WHERE id = ?", v.seed(), v.drawnAt().toString(), v.drawnOn(), v.drawnBy(), id);
            insertDrawn(sample);
        });
    }

    private void insertDrawn(VerificationSample sample) {
        long id = sample.verification().id();
        Sql.batch(tx.connection(), "INSERT INTO verification_household (verification_id, number, village,"
                + " household_id, household_number, head_name) VALUES (?,?,?,?,?,?)",
                sample.households().stream().map(h -> new Object[] {id, h.number(), h.village(), h.householdId(),
                        h.householdNumber(), h.headName()}).toList());
        Sql.batch(tx.connection(), "INSERT INTO verification_person (verification_id, number, household, person_id,"
                + " village, name, sex, birth_date, id_number, ethnicity, relation, marital, residence)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                sample.persons().stream().map(p -> new Object[] {id, p.number(), p.household(), p.personId(),
                        p.village(), p.name(), name(p.sex()), p.birthDate(), p.idNumber(), name(p.ethnicity()),
                        name(p.relation()), name(p.marital()), name(p.residence())}).toList());
        Sql.batch(tx.connection(), "INSERT INTO verification_newborn (verification_id, number, village, child_name,"
                + " sex, born_on, mother_name, source, recorded) VALUES (?,?,?,?,?,?,?,?,?)",
                sample.newborns().stream().map(n -> new Object[] {id, n.number(), n.village(), n.childName(),
                        n.sex(), n.bornOn(), n.motherName(), n.source(), n.recorded()}).toList());
    }

    @Override
    public List<Verification> list() {
        return tx.read(() -> Sql.list(tx.connection(), VERIFICATION + " ORDER BY id DESC",
                JdbcVerifications::verification));
    }

    @Override
    public Optional<VerificationSample> sample(long id) {
        return tx.read(() -> {
            List<Verification> found = Sql.list(tx.connection(), VERIFICATION + " WHERE id = ?",
                    JdbcVerifications::verification, id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            List<SampledHousehold> households = Sql.list(tx.connection(), "SELECT number, village, household_id,"
                    + " household_number, head_name FROM verification_household WHERE verification_id = ?"
                    + " ORDER BY number", rs -> new SampledHousehold(rs.getInt(1), rs.getString(2),
                    rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5)), id);
            List<SampledPerson> persons = Sql.list(tx.connection(), "SELECT number, household, person_id, village,"
                    + " name, sex, birth_date, id_number, ethnicity, relation, marital, residence"
                    + " FROM verification_person WHERE verification_id = ? ORDER BY number",
                    JdbcVerifications::person, id);
            List<SampledNewborn> newborns = Sql.list(tx.connection(), "SELECT number, village, child_name, sex,"
                    + " born_on, mother_name, source, recorded FROM verification_newborn WHERE verification_id = ?"
                    + " ORDER BY number", rs -> new SampledNewborn(rs.getInt(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                    rs.getBoolean(8)), id);
            return Optional.of(new VerificationSample(found.get(0), households, persons, newborns));
        });
    }

    @Override
    public VerificationResults results(long id) {
        return tx.read(() -> {
            Map<Integer, Map<CheckedField, String>> corrections = new HashMap<>();
            Sql.each(tx.connection(), "SELECT person, field, found_value FROM verification_correction"
                    + " WHERE verification_id = ?", rs -> corrections.computeIfAbsent(rs.getInt(1),
                    k -> new EnumMap<>(CheckedField.class)).put(CheckedField.valueOf(rs.getString(2)),
                    rs.getString(3)), id);
            Map<Integer, PersonResult> persons = new LinkedHashMap<>();
            Sql.each(tx.connection(), "SELECT number, outcome FROM verification_person WHERE verification_id = ?"
                    + " AND outcome IS NOT NULL ORDER BY number", rs -> persons.put(rs.getInt(1),
                    new PersonResult(rs.getInt(1), PersonOutcome.valueOf(rs.getString(2)),
                            corrections.getOrDefault(rs.getInt(1), Map.of()))), id);
            List<FoundPerson> found = Sql.list(tx.connection(), "SELECT id, household, kind, name, sex, birth_date,"
                    + " married FROM verification_found WHERE verification_id = ? ORDER BY id",
                    rs -> new FoundPerson(rs.getLong(1), rs.getInt(2), FoundPerson.Kind.valueOf(rs.getString(3)),
                            rs.getString(4), value(Sex.class, rs.getString(5)), rs.getObject(6, LocalDate.class),
                            rs.getBoolean(7)), id);
            Map<Integer, Boolean> newborns = new LinkedHashMap<>();
            Sql.each(tx.connection(), "SELECT number, found FROM verification_newborn WHERE verification_id = ?"
                    + " AND found IS NOT NULL ORDER BY number", rs -> newborns.put(rs.getInt(1), rs.getBoolean(2)), id);
            return new VerificationResults(persons, found, newborns);
        });
    }

    @Override
    public void savePersonResult(long verification, PersonResult result) {
        tx.write(() -> {
            Sql.update(tx.connection(), "DELETE FROM verification_correction WHERE verification_id = ? AND person = ?",
                    verification, result.person());
            Sql.update(tx.connection(), "UPDATE verification_person SET outcome = ? WHERE verification_id = ?"
                    + " AND number = ?", result.outcome(), verification, result.person());
            Sql.batch(tx.connection(), "INSERT INTO verification_correction (verification_id, person, field,"
                    + " found_value) VALUES (?,?,?,?)", result.corrections().entrySet().stream()
                    .map(c -> new Object[] {verification, result.person(), c.getKey().name(), c.getValue()}).toList());
        });
    }

    @Override
    public long addFound(long verification, FoundPerson found) {
        return tx.write(() -> {
            Sql.update(tx.connection(), "INSERT INTO verification_found (verification_id, household, kind, name, sex,"
                    + " birth_date, married) VALUES (?,?,?,?,?,?,?)", verification, found.household(), found.kind(),
                    found.name(), name(found.sex()), found.birthDate(), found.married());
            return Sql.count(tx.connection(), "SELECT MAX(id) FROM verification_found");
        });
    }

    @Override
    public void saveNewbornResult(long verification, int newborn, boolean found) {
        tx.write(() -> Sql.update(tx.connection(), "UPDATE verification_newborn SET found = ? WHERE verification_id = ?"
                + " AND number = ?", found, verification, newborn));
    }

    private static Verification verification(ResultSet rs) throws SQLException {
        String villages = rs.getString(3);
        return new Verification(rs.getLong(1), rs.getString(2),
                villages.isEmpty() ? List.of() : Arrays.asList(villages.split(",")), rs.getInt(4), rs.getLong(5),
                rs.getBoolean(6), Instant.parse(rs.getString(7)), rs.getObject(8, LocalDate.class), rs.getString(9));
    }

    private static SampledPerson person(ResultSet rs) throws SQLException {
        return new SampledPerson(rs.getInt(1), rs.getInt(2), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getString(5), value(Sex.class, rs.getString(6)), rs.getObject(7, LocalDate.class),
                rs.getString(8), value(Ethnicity.class, rs.getString(9)), value(RelationToHead.class, rs.getString(10)),
                value(MaritalStatus.class, rs.getString(11)), value(ResidenceStatus.class, rs.getString(12)));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
