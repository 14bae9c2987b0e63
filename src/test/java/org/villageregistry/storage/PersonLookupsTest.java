package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;

/**
 * A household's members and the persons with an ID number come from the persons' facts in memory and are read by id
 * (V16 dropped both indexes, docs/decisions/0031), and equal, in the same order, what the person table answers: after
 * corrections (a person moved to another household, a number changed or written in small letters), voids, persons
 * without a household, relation or birth date, numbers shared by several persons; inside a write that has saved
 * persons (the facts do not hold them yet, the table does); after a write rolled back; and when the first thing a
 * register does is a write.
 */
class PersonLookupsTest {
    private static final String MEMBERS = "SELECT id FROM person WHERE household_id = ? AND NOT voided"
            + " ORDER BY relation, birth_date, id";
    private static final String WITH_NUMBER = "SELECT id FROM person WHERE id_number = ? AND NOT voided ORDER BY id";

    @TempDir
    Path home;

    private final Random random = new Random(31);
    private final List<UUID> households = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();

    @Test
    void membersAndIdNumbersFromTheFactsAreTheTables() {
        for (int i = 0; i < 60; i++) {
            households.add(UUID.randomUUID());
        }
        for (int i = 0; i < 300; i++) {
            numbers.add(RegisterFixture.idNumber("410103", LocalDate.of(1950, 1, 1).plusDays(i * 97L), i % 1000));
        }
        try (Register r = RegisterFixture.create(home)) {
            List<Person> persons = new ArrayList<>();
            r.transactions().write(() -> {
                for (int i = 0; i < 1_200; i++) {
                    persons.add(r.persons().save(random(RegisterFixture.person("人" + i, Sex.FEMALE, null)).build()));
                }
                return null;
            });
            sameAsTable(r, "saved"); // the facts are built here
            for (int i = 0; i < 200; i++) {
                int at = random.nextInt(persons.size());
                Person p = persons.get(at);
                Person changed = i % 5 == 4 ? p.withVoidReason("重档") : random(p.toBuilder()).build();
                persons.set(at, r.transactions().write(() -> r.persons().save(changed)));
            }
            sameAsTable(r, "corrected");

            r.transactions().write(() -> {
                for (int i = 0; i < 40; i++) {
                    int at = random.nextInt(persons.size());
                    Person p = persons.get(at);
                    persons.set(at, r.persons().save(i % 4 == 3 ? p.withVoidReason("重档") : random(p.toBuilder()).build()));
                    persons.add(r.persons().save(random(RegisterFixture.person("新" + i, Sex.MALE, null)).build()));
                    if (i % 10 == 0) {
                        sameAsTable(r, "inside a write, after " + i);
                    }
                }
                sameAsTable(r, "inside a write");
                return null;
            });
            sameAsTable(r, "committed");

            assertThatThrownBy(() -> r.transactions().write(() -> {
                for (int i = 0; i < 30; i++) {
                    Person p = persons.get(random.nextInt(persons.size()));
                    r.persons().save(random(p.toBuilder()).build());
                    r.persons().save(random(RegisterFixture.person("退" + i, Sex.MALE, null)).build());
                }
                sameAsTable(r, "inside the write rolled back");
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            sameAsTable(r, "after the roll-back");
        }
        // a new session whose first act is a write: the facts are read before its first person reaches the table
        try (Register r = RegisterFixture.open(home)) {
            r.transactions().write(() -> {
                r.persons().save(random(RegisterFixture.person("首", Sex.MALE, null)).build());
                sameAsTable(r, "first write of a session");
                return null;
            });
            sameAsTable(r, "reopened");
        }
    }

    private Person.Builder random(Person.Builder b) {
        RelationToHead[] relations = RelationToHead.values();
        ResidenceStatus[] residences = ResidenceStatus.values();
        String number = random.nextInt(8) == 0 ? null : numbers.get(random.nextInt(numbers.size()));
        if (number != null && random.nextInt(10) == 0) {
            number = number.toLowerCase(Locale.ROOT);
        }
        return b.householdId(random.nextInt(15) == 0 ? null : households.get(random.nextInt(households.size())))
                .relation(random.nextInt(10) == 0 ? null : relations[random.nextInt(relations.length)])
                .birthDate(random.nextInt(12) == 0 ? null : LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000)))
                .residence(residences[random.nextInt(residences.length)])
                .idNumber(number);
    }

    private void sameAsTable(Register r, String when) {
        for (UUID h : households) {
            assertThat(ids(r.persons().members(h))).as("%s: members of %s", when, h)
                    .isEqualTo(RegisterFixture.ids(r, MEMBERS, h));
        }
        for (String n : numbers) {
            List<UUID> table = RegisterFixture.ids(r, WITH_NUMBER, n);
            assertThat(ids(r.persons().withIdNumbers(List.of(n, " " + n.toLowerCase(Locale.ROOT) + " "))))
                    .as("%s: with %s", when, n).isEqualTo(table);
            Optional<UUID> active = r.transactions().read(() -> table.stream()
                    .filter(id -> r.persons().find(id).orElseThrow().isActive()).findFirst());
            assertThat(r.persons().findActiveByIdNumber(n.toLowerCase(Locale.ROOT)).map(Person::id))
                    .as("%s: active with %s", when, n).isEqualTo(active);
        }
        List<UUID> all = new ArrayList<>();
        for (String n : numbers.subList(0, 120)) {
            all.addAll(RegisterFixture.ids(r, WITH_NUMBER, n));
        }
        all.sort(PersonFacts.UUID_ORDER);
        assertThat(ids(r.persons().withIdNumbers(numbers.subList(0, 120)))).as("%s: with 120 numbers", when)
                .isEqualTo(all);
    }

    private static List<UUID> ids(List<Person> persons) {
        return persons.stream().map(Person::id).toList();
    }
}
