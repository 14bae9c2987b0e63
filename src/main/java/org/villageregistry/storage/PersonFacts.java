package org.villageregistry.storage;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.quality.DuplicateTally;
import org.villageregistry.domain.quality.PersonQuality;
import org.villageregistry.domain.quality.QualityCounts;

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
            + " residence, marital, first_married_on, relation, entered_on, left_on, household_id, mother_id, father_id,"
            + " residence_before_leaving";
    private static final Map<String, RelationToHead> RELATIONS = Arrays.stream(RelationToHead.values())
            .collect(Collectors.toUnmodifiableMap(RelationToHead::code, Function.identity()));

    /** The kept facts in a list, for a quick pass over all (a pass over a large map's table was a fifth of it). */
    private final List<Fact> persons = new ArrayList<>();
    /** Where each person's facts are in the list. */
    private final Map<UUID, Integer> positions = new HashMap<>();
    private boolean built;
    /** The persons saved by the write numbered {@link #savingIn} (null for one voided), by id. */
    private final Map<UUID, Person> saving = new HashMap<>();
    private long savingIn = -1;
    /** The owners' codes, one string each: a register has a village's or a township's few (56 bytes a person less). */
    private final Owners owners = new Owners();
    /** One instance of each equal id, date and name, shared with the search index. */
    private final KeptValues values;

    PersonFacts(KeptValues values) {
        this.values = values;
    }

    private static final class Owners {
        private final Map<String, String> kept = new HashMap<>();

        String one(String owner) {
            return owner == null ? null : kept.computeIfAbsent(owner, Function.identity());
        }
    }
    /** The kept facts in the order of their ids (as the table's primary key orders them), once asked. */
    private List<Fact> inIdOrder;
    /** The duplicate suspects of the counted persons, from the first data-quality count on. */
    private DuplicateTally tally;

    /** One person's facts, and the data-quality answers worked out from them when first asked. */
    private static final class Fact {
        final Person person;
        PersonQuality quality;

        Fact(Person person) {
            this.person = person;
        }

        PersonQuality quality() {
            if (quality == null) {
                quality = PersonQuality.of(person);
            }
            return quality;
        }
    }

    /**
     * Every person not voided: kept from the committed table, read the first time. Inside a write transaction that
     * has saved records the table holds that write's own persons, not committed yet (a rollback would drop them, and
     * they reach the kept facts only when committed): there they are read from the table for this use alone, as the
     * counts did before. A write that has saved nothing yet sees the committed table, so the kept facts serve it.
     */
    Collection<Person> all(JdbcTransactions tx) {
        Collection<Fact> facts = facts(tx);
        return new AbstractCollection<>() {
            @Override
            public Iterator<Person> iterator() {
                Iterator<Fact> each = facts.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    @Override
                    public Person next() {
                        return each.next().person;
                    }
                };
            }

            @Override
            public int size() {
                return facts.size();
            }
        };
    }

    /**
     * The data-quality counts of the division's persons in the register on a day ({@link QualityCounts} of the
     * persons whose owner starts with {@code digits}, with a residence; QualityCounts keeps those in the register on the day). Each person's answers are worked
     * out once per saved version and kept with its facts, and the duplicate suspects are kept as persons change
     * ({@link DuplicateTally}), so a count is one pass over the facts.
     */
    QualityCounts quality(JdbcTransactions tx, String digits, LocalDate day) {
        List<PersonQuality> division = new ArrayList<>();
        if (tx.savedUncommitted()) {
            for (Fact f : facts(tx)) {
                if (f.person.residence() != null && f.person.owner().startsWith(digits)) {
                    division.add(f.quality());
                }
            }
            return QualityCounts.ofWorkedOut(division, day);
        }
        Collection<Fact> all = facts(tx);
        if (tally == null) {
            tally = new DuplicateTally();
            for (Fact f : all) {
                if (counted(f.person)) {
                    tally.add(f.quality());
                }
            }
        }
        for (Fact f : all) {
            // those in the register on the day: QualityCounts keeps them (a person dead since still counts then)
            if (f.person.residence() != null && f.person.owner().startsWith(digits)) {
                division.add(f.quality());
            }
        }
        return QualityCounts.ofWorkedOut(division, day, tally.duplicates(owner -> owner.startsWith(digits)));
    }

    /** Whether the data-quality counts count the person: in the register with a residence, not voided. */
    private static boolean counted(Person p) {
        return p.residence() != null && p.isActive();
    }

    /**
     * {@link #all} in the order of the ids as the database orders them (unsigned, byte by byte), so what is
     * listed from the facts comes in the order a walk of the table gave.
     */
    List<Person> inIdOrder(JdbcTransactions tx) {
        List<Fact> sorted;
        if (tx.savedUncommitted()) {
            sorted = new ArrayList<>(facts(tx));
            sorted.sort(ID_ORDER);
        } else {
            facts(tx);
            if (inIdOrder == null) {
                inIdOrder = new ArrayList<>(persons);
                inIdOrder.sort(ID_ORDER);
            }
            sorted = inIdOrder;
        }
        return sorted.stream().map(f -> f.person).toList();
    }

    /**
     * The ids of the persons not voided that meet the test, as the table holds them for this thread's transaction:
     * the kept facts, and inside a write that has saved persons those persons as saved instead of their committed
     * facts (the table holds them; the kept facts only once committed). A pass over the facts: the lookups by ID
     * number, household, parent or birth date need no index on the table (docs/decisions/0029, 0030, 0031).
     */
    List<UUID> idsWhere(JdbcTransactions tx, Predicate<Person> test) {
        List<UUID> out = new ArrayList<>();
        Map<UUID, Person> mine = savedInThisWrite(tx);
        if (!built && !mine.isEmpty()) {
            // the table holds this write's own persons: its rows as they are now, for this lookup alone (the
            // repository builds the facts before a write's first person, so this is rare)
            List<Fact> now = new ArrayList<>();
            read(tx.connection(), now);
            now.forEach(f -> {
                if (test.test(f.person)) {
                    out.add(f.person.id());
                }
            });
            return out;
        }
        build(tx);
        for (Fact f : persons) {
            if (!mine.containsKey(f.person.id()) && test.test(f.person)) {
                out.add(f.person.id());
            }
        }
        mine.forEach((id, p) -> {
            if (p != null && test.test(p)) {
                out.add(id);
            }
        });
        return out;
    }

    /** The ids of the persons not voided whose mother or father is {@code parentId} ({@link #idsWhere}). */
    List<UUID> childrenOf(JdbcTransactions tx, UUID parentId) {
        return idsWhere(tx, p -> parentId.equals(p.motherId()) || parentId.equals(p.fatherId()));
    }

    /** The ids of the persons not voided born after {@code day}, in id order ({@link #UUID_ORDER}; {@link #idsWhere}). */
    List<UUID> bornAfter(JdbcTransactions tx, LocalDate day) {
        List<UUID> out = idsWhere(tx, p -> p.birthDate() != null && p.birthDate().isAfter(day));
        out.sort(UUID_ORDER);
        return out;
    }

    /**
     * Before a write saves a person: reads the kept facts from the table if not read yet, while the table still holds
     * committed persons only (nothing when this write has already saved one).
     */
    void beforeSaving(JdbcTransactions tx) {
        if (!built && savedInThisWrite(tx).isEmpty()) {
            build(tx);
        }
    }

    /** A person this write has saved (its row is in the table, not committed yet): seen by {@link #idsWhere}. */
    void saved(JdbcTransactions tx, Person p) {
        long write = tx.writeNumber();
        if (write != savingIn) {
            saving.clear();
            savingIn = write;
        }
        saving.put(p.id(), p.isVoided() ? null : factOf(p));
    }

    /** The persons saved by this thread's write so far (null for one voided); empty outside a write. */
    private Map<UUID, Person> savedInThisWrite(JdbcTransactions tx) {
        long write = tx.writeNumber();
        if (write == 0 || write != savingIn || !tx.savedUncommitted()) {
            return Map.of();
        }
        return saving;
    }

    /** Ids in the order H2 keeps UUIDs: unsigned, the high half first (as {@code ORDER BY id}). */
    static final Comparator<UUID> UUID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private static final Comparator<Fact> ID_ORDER = Comparator.comparing(f -> f.person.id(), UUID_ORDER);

    private Collection<Fact> facts(JdbcTransactions tx) {
        if (tx.savedUncommitted()) {
            List<Fact> uncommitted = new ArrayList<>();
            read(tx.connection(), uncommitted);
            return uncommitted;
        }
        build(tx);
        return Collections.unmodifiableList(persons);
    }

    /** Reads the facts from the table the first time; the caller knows the table holds committed persons only. */
    private void build(JdbcTransactions tx) {
        if (built) {
            return;
        }
        persons.clear();
        positions.clear();
        tally = null;
        inIdOrder = null;
        read(tx.connection(), persons);
        for (int i = 0; i < persons.size(); i++) {
            positions.put(persons.get(i).person.id(), i);
        }
        built = true;
    }

    private void read(Connection c, List<Fact> persons) {
        Sql.each(c, "SELECT " + COLUMNS + " FROM person WHERE NOT voided", rs -> {
            UUID id = values.id(rs.getObject(1, UUID.class));
            persons.add(new Fact(new Person(id, 0, owners.one(rs.getString(2)), values.text(rs.getString(3)),
                    enumOf(Sex.class, rs.getString(4)),
                    values.date(rs.getObject(5, LocalDate.class)), rs.getString(6),
                    enumOf(Ethnicity.class, rs.getString(7)),
                    enumOf(HukouType.class, rs.getString(8)), enumOf(ResidenceStatus.class, rs.getString(9)),
                    enumOf(MaritalStatus.class, rs.getString(10)), values.date(rs.getObject(11, LocalDate.class)),
                    null, null, values.id(rs.getObject(15, UUID.class)), relation(rs.getString(12)),
                    values.id(rs.getObject(16, UUID.class)), values.id(rs.getObject(17, UUID.class)), false, null,
                    null, values.date(rs.getObject(13, LocalDate.class)),
                    values.date(rs.getObject(14, LocalDate.class)), enumOf(ResidenceStatus.class, rs.getString(18)),
                    null)));
        });
    }

    /** After a commit: the saved person as its typed columns hold it. */
    void put(Person p) {
        if (!built) {
            return; // the build reads the committed table
        }
        inIdOrder = null;
        Integer was = positions.get(p.id());
        if (tally != null && was != null && counted(persons.get(was).person)) {
            tally.remove(persons.get(was).quality());
        }
        if (p.isVoided()) {
            Integer at = positions.remove(p.id());
            if (at != null) {
                Fact last = persons.remove(persons.size() - 1);
                if (at < persons.size()) {
                    persons.set(at, last);
                    positions.put(last.person.id(), at);
                }
            }
            return;
        }
        Fact fact = new Fact(factOf(p));
        if (tally != null && counted(fact.person)) {
            tally.add(fact.quality());
        }
        if (was == null) {
            positions.put(p.id(), persons.size());
            persons.add(fact);
        } else {
            persons.set(was, fact);
        }
    }

    /** The fields of a person the facts keep, as its typed columns hold them. */
    private Person factOf(Person p) {
        return new Person(values.id(p.id()), 0, owners.one(p.owner()), values.text(p.name()), p.sex(),
                values.date(p.birthDate()), idColumn(p.idNumber()), p.ethnicity(), p.hukouType(), p.residence(),
                p.maritalStatus(), values.date(p.firstMarriageDate()), null, null, values.id(p.householdId()),
                p.relation(), values.id(p.motherId()), values.id(p.fatherId()), false, null, null,
                values.date(p.enteredOn()), values.date(p.leftOn()), p.residenceBeforeLeaving(), null);
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
