package org.villageregistry.service.villages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.PersonService;
import org.villageregistry.sync.SyncWorld;

/**
 * 各村 → 疑似重复 at the township: active persons of two villages with one name and birth date (or one ID number), each
 * pair once, with the persons' whole records (found from the facts kept in memory, which hold the typed columns only).
 */
class DuplicateSuspectsTest {
    @TempDir
    Path temp;
    private SyncWorld world;

    @BeforeEach
    void setUp() throws Exception {
        world = new SyncWorld(temp);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void pairsAcrossVillagesOnceEachWithTheWholeRecords() {
        world.willow.addPerson(person("李建国", Sex.MALE, "1988-05-03").phone("13800138000").build());
        world.poplar.addPerson(person("李建国", Sex.MALE, "1988-05-03").build());
        // the same name and day twice in one village, and once more in the other village but dead: no pair of theirs
        world.willow.addPerson(person("赵小红", Sex.FEMALE, "2001-02-03").build());
        world.willow.addPerson(person("赵小红", Sex.FEMALE, "2001-02-03").build());
        world.poplar.addPerson(person("赵小红", Sex.FEMALE, "2001-02-03").residence(ResidenceStatus.DEAD).build());
        world.willow.exportTo(world.stick, true);
        world.poplar.exportTo(world.stick, true);
        world.township.sync.imports().importAll(List.of(world.stick), SyncWorld.QUIET);

        List<DuplicateSuspect> found = new TownshipRegisterService(world.township.register,
                new PersonService(world.township.register, SyncWorld.CLOCK)).duplicateSuspects();

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DuplicateSuspect.Kind.SAME_NAME_BIRTH);
            assertThat(List.of(d.first().name(), d.second().name())).containsOnly("李建国");
            assertThat(List.of(d.firstVillage(), d.secondVillage())).containsExactlyInAnyOrder("柳树村", "杨庄村");
            assertThat(List.of(d.first(), d.second())).extracting(Person::phone)
                    .containsExactlyInAnyOrder("13800138000", null);
            assertThat(List.of(d.first(), d.second())).allSatisfy(p -> assertThat(p.version()).isPositive());
        });
    }

    private static Person.Builder person(String name, Sex sex, String born) {
        return Person.builder().name(name).sex(sex).birthDate(LocalDate.parse(born)).ethnicity(Ethnicity.HAN)
                .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.UNMARRIED)
                .enteredOn(LocalDate.parse(born));
    }
}
