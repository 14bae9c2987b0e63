package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;

/**
 * A parent's children come from the persons' facts in memory (docs/decisions/0029) and still equal, in the same
 * order, what the person table answers to {@code (mother_id = ? OR father_id = ?) AND NOT voided ORDER BY
 * birth_date, id}: after saves, corrections of a parent, voids, births on the same day and without a birth date, and
 * inside a write that has saved (where the table answers).
 */
class ChildrenOfTest {
    @TempDir
    Path home;

    @Test
    void theChildrenFromTheFactsAreTheTablesInItsOrder() {
        Random random = new Random(29);
        List<UUID> parents = new ArrayList<>();
        try (Register r = RegisterFixture.create(home)) {
            for (int i = 0; i < 12; i++) {
                Person.Builder b = RegisterFixture.person("父母" + i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE,
                        LocalDate.of(1980, 1, 1).plusDays(i));
                Person parent = r.transactions().write(() -> r.persons().save(b.build()));
                parents.add(parent.id());
            }
            r.persons().childrenOf(parents.get(0)); // the facts are built here; what follows keeps them current
            List<Person> children = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                UUID mother = parents.get(2 * random.nextInt(6));
                UUID father = random.nextInt(4) == 0 ? null : parents.get(2 * random.nextInt(6) + 1);
                LocalDate born = random.nextInt(10) == 0 ? null : LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5));
                Person.Builder b = RegisterFixture.person("孩子" + i, Sex.MALE, born).motherId(mother).fatherId(father);
                children.add(r.transactions().write(() -> r.persons().save(b.build())));
            }
            for (int i = 0; i < 30; i++) {
                int at = random.nextInt(children.size());
                Person c = children.get(at);
                Person changed = switch (i % 3) {
                    case 0 -> c.toBuilder().motherId(parents.get(2 * random.nextInt(6))).build();
                    case 1 -> c.toBuilder().fatherId(null).build();
                    default -> c.withVoidReason("重档");
                };
                children.set(at, r.transactions().write(() -> r.persons().save(changed)));
            }
            for (UUID parent : parents) {
                assertThat(ids(r.persons().childrenOf(parent))).as("parent %s", parent).isEqualTo(table(r, parent));
            }

            // inside a write that has saved a child: the table as the write sees it
            UUID mother = parents.get(0);
            List<UUID> inside = r.transactions().write(() -> {
                r.persons().save(RegisterFixture.person("新生儿", Sex.FEMALE, LocalDate.of(2010, 1, 2))
                        .motherId(mother).build());
                return ids(r.persons().childrenOf(mother));
            });
            assertThat(inside).isEqualTo(table(r, mother)).hasSize(ids(r.persons().childrenOf(mother)).size());
        }
    }

    private static List<UUID> ids(List<Person> persons) {
        return persons.stream().map(Person::id).toList();
    }

    private static List<UUID> table(Register r, UUID parent) {
        return RegisterFixture.ids(r, "SELECT id FROM person WHERE (mother_id = ? OR father_id = ?) AND NOT voided"
                + " ORDER BY birth_date, id", parent, parent);
    }
}
