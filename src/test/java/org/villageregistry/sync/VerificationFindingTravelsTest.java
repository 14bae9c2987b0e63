package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.sync.SyncRecords.Task;
import org.villageregistry.domain.sync.SyncRecords.TaskKind;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.VerificationSample;
import org.villageregistry.service.HouseholdService;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.verification.VerificationService;

/**
 * 柳树村 registers a household, its bundle reaches 城关镇, the township's team finds the wife's birth date wrong
 * and a daughter-in-law not registered; the next receipt brings both to 柳树村 as tasks, and the village's record
 * is still the village's own until its registrar corrects it.
 */
class VerificationFindingTravelsTest {
    @TempDir
    Path temp;
    private SyncWorld world;

    @BeforeEach
    void world() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(temp);
    }

    @AfterEach
    void close() {
        world.close();
    }

    private static Person member(String name, Sex sex, LocalDate born, RelationToHead relation) {
        return Person.builder().name(name).sex(sex).birthDate(born).ethnicity(Ethnicity.HAN)
                .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.MARRIED).relation(relation)
                .enteredOn(born).build();
    }

    @Test
    void aFieldCorrectionFoundByTheTeamBecomesATaskAtTheVillage() {
        new HouseholdService(world.willow.register, SyncWorld.CLOCK).add(new NewHousehold(null, "一组", "柳树村 12 号",
                HukouType.AGRICULTURAL, LocalDate.of(2010, 1, 1), List.of(
                        member("王建国", Sex.MALE, LocalDate.of(1980, 3, 1), RelationToHead.HEAD),
                        member("李芳", Sex.FEMALE, LocalDate.of(1985, 6, 1), RelationToHead.SPOUSE))));
        Path bundle = world.willow.exportTo(world.stick, false);
        world.township.sync.imports().importAll(List.of(bundle), SyncWorld.QUIET);

        VerificationService verification = new VerificationService(world.township.register, SyncWorld.CLOCK);
        VerificationSample s = verification.draw(new VerificationService.Draw(List.of("410103100001"), 5, 8, false));
        SampledPerson wife = s.persons().stream().filter(p -> p.name().equals("李芳")).findFirst().orElseThrow();
        long id = s.verification().id();
        verification.recordPerson(id, String.valueOf(wife.number()), PersonOutcome.WRONG,
                Map.of(CheckedField.BIRTH_DATE, "1985-06-11"));
        verification.recordFound(id, "1", FoundPerson.Kind.MISSING_PERSON, "赵丽", Sex.FEMALE,
                LocalDate.of(1992, 2, 2), true);

        var receipt = world.township.sync.receipts().write("410103100001", world.stick);
        world.willow.sync.imports().importOne(receipt.file());

        List<Task> tasks = world.willow.sync.village().tasks();
        assertThat(tasks).extracting(Task::kind).containsOnly(TaskKind.VERIFICATION_FINDING).hasSize(2);
        assertThat(tasks.get(0).message()).startsWith("核查发现：出生日期 应为 1985-06-11").contains("李芳");
        assertThat(tasks.get(0).entityId()).contains(wife.personId());
        assertThat(tasks.get(1).message()).startsWith("核查发现：").contains("赵丽").contains("没有登记");
        assertThat(world.willow.register.persons().get(wife.personId()).birthDate())
                .isEqualTo(LocalDate.of(1985, 6, 1));
        assertThat(world.township.register.persons().get(wife.personId()).birthDate())
                .isEqualTo(LocalDate.of(1985, 6, 1));
    }
}
