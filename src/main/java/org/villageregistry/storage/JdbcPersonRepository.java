package org.villageregistry.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.function.Consumer;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.domain.repository.PersonRepository;

/** Persons in the person table, searched through the in-memory index; the hits' records are read from the table. */
final class JdbcPersonRepository extends JdbcRecordRepository<Person> implements PersonRepository {
    private final PersonSearchIndex index;
    private final PersonFacts facts;

    JdbcPersonRepository(JdbcTransactions tx, ChangeJournal journal, PersonSearchIndex index, PersonFacts facts) {
        super(Tables.PERSON, tx, journal);
        this.index = index;
        this.facts = facts;
        onCommitted(index::put);
        onCommitted(facts::put);
    }

    /** The facts are read before this write's first person reaches the table (they hold committed persons). */
    @Override
    protected void beforeWriting() {
        facts.beforeSaving(tx);
    }

    /** A person saved and not committed yet: the lookups from the facts see it as the table does. */
    @Override
    protected void written(Person record) {
        facts.saved(tx, record);
    }

    /** From the persons' facts kept in memory (read from the typed columns the first time), in id order. */
    @Override
    public void forEachCounted(Consumer<Person> action) {
        tx.read(() -> {
            facts.inIdOrder(tx).forEach(action);
            return null;
        });
    }

    /**
     * From the persons' facts (V16 dropped the ID-number index, docs/decisions/0031); of several active persons
     * with the number, the first in id order.
     */
    @Override
    public Optional<Person> findActiveByIdNumber(String idNumber) {
        return withIdNumbers(java.util.Collections.singletonList(idNumber)).stream().filter(Person::isActive)
                .findFirst();
    }

    /** From the persons' facts (V16 dropped the ID-number index), in id order. */
    @Override
    public List<Person> withIdNumbers(Collection<String> idNumbers) {
        Set<String> normal = idNumbers.stream().filter(n -> n != null && !n.isBlank())
                .map(n -> n.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        if (normal.isEmpty()) {
            return new ArrayList<>();
        }
        return tx.read(() -> byId(facts.idsWhere(tx, p -> p.idNumber() != null && normal.contains(p.idNumber())),
                ID_ORDER));
    }

    /**
     * From the persons' facts (V16 dropped the household index), ordered as {@code ORDER BY relation, birth_date, id}
     * ordered them.
     */
    @Override
    public List<Person> members(UUID householdId) {
        return tx.read(() -> byId(facts.idsWhere(tx, p -> householdId.equals(p.householdId())), MEMBER_ORDER));
    }

    /**
     * Whom the kept facts name as the parent's children, read by id: H2 reads the whole table for the two-column
     * condition (16–18 s at 320,000 persons, twice for each birth recorded; docs/decisions/0029).
     */
    @Override
    public List<Person> childrenOf(UUID parentId) {
        return tx.read(() -> byId(facts.childrenOf(tx, parentId), BIRTH_THEN_ID));
    }

    /** The persons not voided with these ids, as this transaction sees the table, in the given order. */
    private List<Person> byId(List<UUID> ids, java.util.Comparator<Person> order) {
        List<Person> out = new ArrayList<>();
        if (!ids.isEmpty()) {
            Sql.eachIn(tx.connection(), "SELECT state FROM person WHERE id", ids, " AND NOT voided",
                    rs -> out.add(RecordJson.read(rs.getString(1), Person.class)));
            out.sort(order);
        }
        return out;
    }

    private static final java.util.Comparator<Person> ID_ORDER = java.util.Comparator.comparing(Person::id,
            PersonFacts.UUID_ORDER);

    /** As H2 orders {@code ORDER BY relation, birth_date, id}: the relation's code, no value first. */
    private static final java.util.Comparator<Person> MEMBER_ORDER = java.util.Comparator
            .comparing((Person p) -> p.relation() == null ? null : p.relation().code(),
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
            .thenComparing(Person::birthDate, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
            .thenComparing(Person::id, PersonFacts.UUID_ORDER);

    /** As H2 orders {@code ORDER BY birth_date, id}: no birth date first (NULL is the lowest), ids unsigned. */
    private static final java.util.Comparator<Person> BIRTH_THEN_ID = java.util.Comparator
            .comparing(Person::birthDate, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
            .thenComparing(Person::id, PersonFacts.UUID_ORDER);

    @Override
    public List<PersonHit> search(String query, int limit) {
        return tx.read(() -> {
            List<PersonSearchIndex.Match> matches;
            if (tx.savedUncommitted()) {
                // the kept index would miss this write's own saves, and one built now would keep them even if the
                // write rolled back: an index of the table as this write sees it, for this search alone
                PersonSearchIndex now = new PersonSearchIndex(new KeptValues());
                now.build(tx.connection());
                matches = now.search(query, limit);
            } else {
                if (!index.isBuilt()) {
                    index.build(tx.connection());
                }
                matches = index.search(query, limit);
            }
            if (matches.isEmpty()) {
                return List.of();
            }
            Map<UUID, Person> found = new HashMap<>();
            Sql.each(tx.connection(), "SELECT state FROM person WHERE id = ANY(?)", rs -> {
                Person p = RecordJson.read(rs.getString(1), Person.class);
                found.put(p.id(), p);
            }, (Object) matches.stream().map(PersonSearchIndex.Match::personId).toArray(UUID[]::new));
            return matches.stream().filter(m -> found.containsKey(m.personId()))
                    .map(m -> new PersonHit(found.get(m.personId()), m.householdNumber(), m.kind())).toList();
        });
    }

    @Override
    public List<Person> page(int offset, int limit) {
        return select("SELECT p.state FROM person p LEFT JOIN household h ON h.id = p.household_id"
                + " WHERE NOT p.voided ORDER BY h.number NULLS LAST, p.relation NULLS LAST, p.birth_date, p.id"
                + " LIMIT ? OFFSET ?", limit, offset);
    }

    @Override
    public long count() {
        return tx.read(() -> Sql.count(tx.connection(), "SELECT COUNT(*) FROM person WHERE NOT voided"));
    }

    @Override
    public long rowsHeld() {
        // without a condition H2 answers from the table's row count instead of reading every row
        return tx.read(() -> Sql.count(tx.connection(), "SELECT COUNT(*) FROM person"));
    }

    @Override
    public void forEach(Consumer<Person> action) {
        tx.read(() -> {
            Sql.each(tx.connection(), "SELECT state FROM person ORDER BY id",
                    rs -> action.accept(RecordJson.read(rs.getString(1), Person.class)));
            return null;
        });
    }

    /** Read by id, a few hundred at a time, then put in id order. */
    @Override
    public List<Person> withIds(java.util.Collection<UUID> ids) {
        return tx.read(() -> {
            List<Person> found = new ArrayList<>(ids.size());
            Sql.eachIn(tx.connection(), "SELECT state FROM person WHERE id", ids, "",
                    rs -> found.add(RecordJson.read(rs.getString(1), Person.class)));
            found.sort(ID_ORDER);
            return found;
        });
    }

    /**
     * Whom the kept facts name as born after the day, read by id in id order, a thousand at a time (V14 dropped the
     * birth-date index, docs/decisions/0030).
     */
    @Override
    public void forEachBornAfter(LocalDate day, Consumer<Person> action) {
        tx.read(() -> {
            List<UUID> ids = facts.bornAfter(tx, day);
            for (int from = 0; from < ids.size(); from += 1000) {
                List<Person> part = new ArrayList<>();
                Sql.eachIn(tx.connection(), "SELECT state FROM person WHERE id",
                        ids.subList(from, Math.min(ids.size(), from + 1000)), " AND NOT voided",
                        rs -> part.add(RecordJson.read(rs.getString(1), Person.class)));
                part.sort(ID_ORDER);
                part.forEach(action);
            }
            return null;
        });
    }
}
