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
 * The persons born after a day come from the persons' facts in memory and are read by id (docs/decisions/0030), and
 * equal, in the same order, what the person table answers to {@code birth_date > ? AND NOT voided ORDER BY id}: over
 * more persons than one read by id takes, after corrections of birth dates, voids and persons without a birth date,
 * and inside a write that has saved (where the table answers).
 */
class BornAfterTest {
    @TempDir
    Path home;

    @Test
    void thePersonsBornAfterADayFromTheFactsAreTheTablesInItsOrder() {
        Random random = new Random(30);
        try (Register r = RegisterFixture.create(home)) {
            List<Person> persons = new ArrayList<>();
            r.transactions().write(() -> {
                for (int i = 0; i < 2_600; i++) {
                    LocalDate born = random.nextInt(20) == 0 ? null
                            : LocalDate.of(2018, 1, 1).plusDays(random.nextInt(3_000));
                    persons.add(r.persons().save(RegisterFixture.person("人" + i, Sex.FEMALE, born).build()));
                }
                return null;
            });
            LocalDate day = LocalDate.of(2019, 6, 30);
            assertThat(born(r, day)).hasSizeGreaterThan(2_000).isEqualTo(table(r, day)); // the facts are built here
            for (int i = 0; i < 60; i++) {
                int at = random.nextInt(persons.size());
                Person p = persons.get(at);
                Person changed = switch (i % 3) {
                    case 0 -> p.toBuilder().birthDate(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4_000))).build();
                    case 1 -> p.toBuilder().birthDate(null).build();
                    default -> p.withVoidReason("重档");
                };
                persons.set(at, r.transactions().write(() -> r.persons().save(changed)));
            }
            for (LocalDate d : List.of(day, LocalDate.of(2010, 1, 1), LocalDate.of(2025, 12, 31),
                    LocalDate.of(2030, 1, 1))) {
                assertThat(born(r, d)).as("born after %s", d).isEqualTo(table(r, d));
            }

            List<UUID> inside = r.transactions().write(() -> {
                r.persons().save(RegisterFixture.person("新生儿", Sex.MALE, LocalDate.of(2026, 11, 1)).build());
                return born(r, LocalDate.of(2026, 1, 1));
            });
            assertThat(inside).isEqualTo(table(r, LocalDate.of(2026, 1, 1)))
                    .hasSize(born(r, LocalDate.of(2026, 1, 1)).size());
        }
    }

    private static List<UUID> born(Register r, LocalDate day) {
        List<UUID> out = new ArrayList<>();
        r.persons().forEachBornAfter(day, p -> out.add(p.id()));
        return out;
    }

    private static List<UUID> table(Register r, LocalDate day) {
        return RegisterFixture.ids(r, "SELECT id FROM person WHERE birth_date > ? AND NOT voided ORDER BY id", day);
    }
}
