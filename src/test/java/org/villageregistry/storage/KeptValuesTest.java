package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;

/**
 * The persons' facts and the search index keep one instance of each equal id, date and name: a household's id is
 * one object in all its members and in the index, a mother's id one object in her children's facts and her own,
 * a shared birth date one object; and the values stay equal to the table's.
 */
class KeptValuesTest {
    private static final LocalDate TWINS = LocalDate.of(2020, 5, 1);

    @TempDir
    Path home;

    @Test
    void theFactsAndTheIndexShareOneInstanceOfEachEqualValue() {
        Register register = RegisterFixture.create(home);
        try {
            UUID[] ids = register.transactions().write(() -> {
                Household h = register.households().save(RegisterFixture.household("0007"));
                Person mother = register.persons().save(RegisterFixture.person("李芳", Sex.FEMALE,
                        LocalDate.of(1990, 3, 1)).householdId(h.id()).build());
                Person a = register.persons().save(RegisterFixture.person("王小明", Sex.MALE, TWINS)
                        .householdId(h.id()).motherId(mother.id()).build());
                Person b = register.persons().save(RegisterFixture.person("王小明", Sex.MALE, TWINS)
                        .householdId(h.id()).motherId(mother.id()).build());
                return new UUID[] {h.id(), mother.id(), a.id(), b.id()};
            });
            assertThat(register.persons().rowsHeld()).as("the table's rows").isEqualTo(3);
            JdbcTransactions tx = (JdbcTransactions) register.transactions();
            KeptValues kept = new KeptValues();
            PersonFacts facts = new PersonFacts(kept);
            PersonSearchIndex index = new PersonSearchIndex(kept);

            List<Person> all = tx.read(() -> {
                index.build(tx.connection());
                Collection<Person> persons = facts.all(tx);
                return new ArrayList<>(persons);
            });

            Person mother = one(all, ids[1]);
            Person a = one(all, ids[2]);
            Person b = one(all, ids[3]);
            assertThat(a.householdId()).isEqualTo(ids[0]).isSameAs(b.householdId()).isSameAs(mother.householdId());
            assertThat(a.motherId()).isEqualTo(ids[1]).isSameAs(b.motherId()).isSameAs(mother.id());
            assertThat(a.birthDate()).isEqualTo(TWINS).isSameAs(b.birthDate());
            assertThat(a.name()).isEqualTo("王小明").isSameAs(b.name());
            List<PersonSearchIndex.Match> found = tx.read(() -> index.search("王小明", 10));
            assertThat(found).extracting(PersonSearchIndex.Match::personId).containsExactlyInAnyOrder(ids[2], ids[3]);
            assertThat(found.get(0).personId()).isIn(a.id(), b.id());
            assertThat(found.stream().filter(m -> m.personId().equals(a.id())).findFirst().orElseThrow().personId())
                    .as("the index's id is the facts' own instance").isSameAs(a.id());
            assertThat(found).extracting(PersonSearchIndex.Match::householdNumber).containsOnly("0007");
        } finally {
            register.close();
        }
    }

    @Test
    void equalValuesAreKeptOnceAndNullsStayNull() {
        KeptValues kept = new KeptValues();
        UUID id = UUID.randomUUID();
        UUID same = new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits());

        assertThat(kept.id(id)).isSameAs(id);
        assertThat(kept.id(same)).isSameAs(id);
        assertThat(kept.date(LocalDate.of(2020, 5, 1))).isSameAs(kept.date(LocalDate.parse("2020-05-01")));
        assertThat(kept.text(new String("王小明"))).isSameAs(kept.text(new String("王小明")));
        assertThat(kept.id(null)).isNull();
        assertThat(kept.date(null)).isNull();
        assertThat(kept.text(null)).isNull();
        assertThat(kept.size()).isEqualTo(3);
    }

    private static Person one(List<Person> all, UUID id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
