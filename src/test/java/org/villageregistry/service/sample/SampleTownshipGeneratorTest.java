package org.villageregistry.service.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.StatisticsQueries.BirthCount;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.storage.H2RegisterStore;

/** The sample township made in real encrypted workstations: same seed, same registers. */
class SampleTownshipGeneratorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T08:00:00Z"), ZoneOffset.UTC);
    private final H2RegisterStore store = new H2RegisterStore(CLOCK);

    @TempDir
    Path first;
    @TempDir
    Path second;

    private SampleTownship make(Path out, long seed) {
        return new SampleTownshipGenerator(store).generate(
                new SampleSettings(out, 2, 300, seed, SampleSettings.DEFAULT_REFERENCE));
    }

    private Register open(Path home, String user) {
        return store.open(home, user, SampleTownshipGenerator.SAMPLE_PASSWORD.toCharArray());
    }

    @Test
    void twoRunsWithOneSeedGiveTheSameFindResultsAndStatistics() {
        make(first, 11);
        make(second, 11);
        for (int n = 1; n <= 2; n++) {
            try (Register a = open(SampleTownshipGenerator.villageHome(first, n), "registrar");
                 Register b = open(SampleTownshipGenerator.villageHome(second, n), "registrar")) {
                assertThat(allPersons(b)).isEqualTo(allPersons(a)).hasSizeGreaterThan(280);
                for (String query : List.of("王", "li", "zh", "0007")) {
                    assertThat(found(b, query)).as(query).isEqualTo(found(a, query));
                }
                String village = a.workstation().division().value();
                LocalDate from = LocalDate.of(2024, 1, 1);
                LocalDate to = LocalDate.of(2026, 10, 31);
                List<BirthCount> births = a.statistics().births(village, from, to);
                assertThat(births).isNotEmpty();
                assertThat(b.statistics().births(village, from, to)).containsExactlyInAnyOrderElementsOf(births);
                assertThat(b.statistics().populationOn(village, to)).isEqualTo(a.statistics().populationOn(village, to));
                assertThat(b.statistics().movesByKind(village, from, to))
                        .isEqualTo(a.statistics().movesByKind(village, from, to));
                assertThat(b.changes().last().orElseThrow().entityId())
                        .isEqualTo(a.changes().last().orElseThrow().entityId());
            }
        }
    }

    @Test
    void theTownshipKnowsItsVillagesAndEveryVillageItsOwnRegister() {
        SampleTownship made = make(first, 12);
        try (Register township = open(made.townshipHome(), SampleTownshipGenerator.CLERK)) {
            assertThat(township.workstation().role()).isEqualTo(WorkstationRole.TOWNSHIP);
            assertThat(township.workstation().division().value()).isEqualTo("410103100");
            assertThat(township.divisions()).extracting(Division::name).contains("柳树村", "杏花村");
            assertThat(township.persons().count()).isZero();
        }
        try (Register village = open(made.villages().get(0).home(), SampleTownshipGenerator.ADMIN)) {
            assertThat(village.workstation().division().value()).isEqualTo("410103100001");
            assertThat(village.persons().count()).isEqualTo(made.villages().get(0).persons());
            assertThat(village.changes().verify().intact()).isTrue();
            Map<?, Long> population = village.statistics().populationOn("410103100001", LocalDate.of(2026, 10, 31));
            assertThat(population.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(250);
        }
    }

    @Test
    void aFolderThatAlreadyHoldsTheSampleIsNotOverwritten() {
        make(first, 13);
        assertThatThrownBy(() -> make(first, 13)).isInstanceOf(RegistryException.class)
                .extracting(e -> ((RegistryException) e).key()).isEqualTo("sample.error.exists");
    }

    private static List<Person> allPersons(Register register) {
        List<Person> all = new ArrayList<>();
        register.persons().forEach(all::add);
        all.sort(Comparator.comparing(Person::id));
        return all;
    }

    private static List<String> found(Register register, String query) {
        return register.persons().search(query, 50).stream().map(PersonHit::person).map(Person::id)
                .map(Object::toString).toList();
    }
}
