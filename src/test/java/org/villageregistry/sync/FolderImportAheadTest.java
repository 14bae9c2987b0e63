package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.sync.ImportService.Outcome;

/**
 * A folder of bundles is imported with the next bundle prepared on a second thread (opened, decrypted and checked
 * ahead): what the township keeps is what the villages sent, change for change, and a rule-breaking record is
 * quarantined as when the bundle is opened at its turn.
 */
class FolderImportAheadTest extends SyncWorldTest {
    @Test
    void aFolderImportedWithBundlesPreparedAheadKeepsEveryVillagesChangesAsSent() throws Exception {
        Path folder = Files.createDirectories(world.root.resolve("usb"));
        Person wang = world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.addPerson("李建国", Sex.MALE, LocalDate.of(1988, 5, 3));
        world.willow.exportTo(folder, true);
        Person zhao = world.poplar.addPerson("赵小红", Sex.FEMALE, LocalDate.of(2001, 2, 2));
        world.poplar.register.transactions().write(() -> world.poplar.register.persons() // a name of one character
                .save(zhao.toBuilder().id(java.util.UUID.randomUUID()).version(0).name("王").build()));
        world.poplar.exportTo(folder, false);
        world.willow.register.transactions().write(() -> world.willow.register.persons()
                .save(wang.toBuilder().name("王秀英英").build()));
        world.willow.exportTo(folder, false);
        try (var files = Files.list(folder)) {
            assertThat(files.count()).isEqualTo(3); // more than one: the import prepares bundles ahead
        }

        List<Outcome> outcomes = world.township.sync.imports().importAll(List.of(folder), SyncWorld.QUIET);

        assertThat(outcomes).extracting(Outcome::status).as(outcomes.toString())
                .containsOnly(ImportService.Status.IMPORTED);
        assertThat(outcomes).extracting(Outcome::applied).containsExactly(2, 1, 1);
        assertThat(outcomes).extracting(Outcome::quarantined).containsExactly(0, 0, 1); // in name order: 柳树村 twice, then 杨庄村
        assertThat(world.township.register.persons().find(wang.id())).get()
                .satisfies(p -> assertThat(p.name()).isEqualTo("王秀英英"));
        assertThat(received(wang)).isEqualTo(sent(world.willow, wang)).hasSize(2);
        assertThat(received(zhao)).isEqualTo(sent(world.poplar, zhao)).hasSize(1);
    }

    private List<Change> received(Person p) {
        return world.township.register.sync().intake().receivedHistory(p.id(), p.owner());
    }

    private static List<Change> sent(SyncWorld.Station village, Person p) {
        return village.register.changes().forEntity(p.id());
    }
}
