package org.villageregistry.storage;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;

/**
 * The persons of the person table as the statistics count them, in memory: every person not voided, with only the
 * fields a count reads (who, where, sex, dates, residence, marital status and the fields of record completeness),
 * read from the typed columns on first use and kept current after each commit, as the search index is. A scan of
 * the person table reads and decrypts its whole rows, JSON states included (about 100 MB at 300,000 persons, 6–8 s
 * with the launchers' page cache), and a month's statistics needed several; counted here it takes milliseconds
 * (docs/decisions/0022). Every use happens under the register's one transaction lock.
 */
final class PersonFacts {
    private static final String COLUMNS = "id, owner, name, sex, birth_date, id_number, ethnicity, hukou_type,"
            + " residence, marital, first_married_on, relation, entered_on, left_on";
    private static final Map<String, RelationToHead> RELATIONS = Arrays.stream(RelationToHead.values())
            .collect(Collectors.toUnmodifiableMap(RelationToHead::code, Function.identity()));

    private final Map<UUID, Person> persons = new HashMap<>();
    private boolean built;

    /**
     * Every person not voided: kept from the committed table, read the first time. Inside a write transaction the
     * table holds that write's own persons, not committed yet (a rollback would drop them, and they reach the kept
     * facts only when committed): there they are read from the table for this use alone, as the counts did before.
     */
    Collection<Person> all(JdbcTransactions tx) {
        if (tx.writing()) {
            Map<UUID, Person> uncommitted = new HashMap<>();
            read(tx.connection(), uncommitted);
            return uncommitted.values();
        }
        if (!built) {
            persons.clear();
            read(tx.connection(), persons);
            built = true;
        }
        return Collections.unmodifiableCollection(persons.values());
    }

    private static void read(Connection c, Map<UUID, Person> persons) {
        Sql.each(c, "SELECT " + COLUMNS + " FROM person WHERE NOT voided", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            persons.put(id, new Person(id, 0, rs.getString(2), rs.getString(3), enumOf(Sex.class, rs.getString(4)),
                    rs.getObject(5, LocalDate.class), rs.getString(6), enumOf(Ethnicity.class, rs.getString(7)),
                    enumOf(HukouType.class, rs.getString(8)), enumOf(ResidenceStatus.class, rs.getString(9)),
                    enumOf(MaritalStatus.class, rs.getString(10)), rs.getObject(11, LocalDate.class), null, null, null,
                    relation(rs.getString(12)), null, null, false, null, null, rs.getObject(13, LocalDate.class),
                    rs.getObject(14, LocalDate.class), null));
        });
    }

    /** After a commit: the saved person as its typed columns hold it. */
    void put(Person p) {
        if (!built) {
            return; // the build reads the committed table
        }
        if (p.isVoided()) {
            persons.remove(p.id());
            return;
        }
        persons.put(p.id(), new Person(p.id(), 0, p.owner(), p.name(), p.sex(), p.birthDate(), idColumn(p.idNumber()),
                p.ethnicity(), p.hukouType(), p.residence(), p.maritalStatus(), p.firstMarriageDate(), null, null, null,
                p.relation(), null, null, false, null, null, p.enteredOn(), p.leftOn(), null));
    }

    /** As the id_number column keeps it (Tables.PERSON). */
    private static String idColumn(String idNumber) {
        return idNumber == null ? null : idNumber.toUpperCase(java.util.Locale.ROOT);
    }

    private static RelationToHead relation(String code) {
        return code == null ? null : RELATIONS.get(code);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
